-- Reference geography: municipalities and four-digit postcodes (GeoNames, CC BY 4.0),
-- and the regions and neighbourhoods that organisations work in.
CREATE TABLE municipality (
    code       VARCHAR(4) PRIMARY KEY,
    name       TEXT NOT NULL,
    province   TEXT NOT NULL,
    population INTEGER NOT NULL CHECK (population >= 0),
    latitude   NUMERIC(8, 5) NOT NULL,
    longitude  NUMERIC(8, 5) NOT NULL
);

-- GeoNames places some postcodes in municipalities that have since merged, so the
-- municipality is kept as given (name and code), without a foreign key.
CREATE TABLE postcode_area (
    id                BIGSERIAL PRIMARY KEY,
    pc4               VARCHAR(4) NOT NULL,
    place             TEXT NOT NULL,
    province          TEXT NOT NULL,
    municipality_name TEXT NOT NULL,
    municipality_code VARCHAR(4) NOT NULL,
    latitude          NUMERIC(8, 5) NOT NULL,
    longitude         NUMERIC(8, 5) NOT NULL
);
CREATE INDEX postcode_area_pc4_idx ON postcode_area (pc4);
CREATE INDEX postcode_area_municipality_idx ON postcode_area (municipality_code);

CREATE TABLE region (
    id         UUID PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by UUID,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by UUID,
    version    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE region_municipality (
    region_id         UUID NOT NULL REFERENCES region (id),
    municipality_code VARCHAR(4) NOT NULL REFERENCES municipality (code),
    PRIMARY KEY (region_id, municipality_code)
);
CREATE INDEX region_municipality_code_idx ON region_municipality (municipality_code);

CREATE TABLE neighbourhood (
    id                UUID PRIMARY KEY,
    name              TEXT NOT NULL,
    municipality_code VARCHAR(4) NOT NULL REFERENCES municipality (code),
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by        UUID,
    changed_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by        UUID,
    version           INTEGER NOT NULL DEFAULT 0,
    UNIQUE (municipality_code, name)
);

-- Which postcodes make up a neighbourhood (a PC4 area may be split over neighbourhoods later, with PC6).
CREATE TABLE neighbourhood_postcode (
    neighbourhood_id UUID NOT NULL REFERENCES neighbourhood (id),
    pc4              VARCHAR(4) NOT NULL,
    PRIMARY KEY (neighbourhood_id, pc4)
);
CREATE INDEX neighbourhood_postcode_pc4_idx ON neighbourhood_postcode (pc4);
