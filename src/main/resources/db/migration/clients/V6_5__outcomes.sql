-- Outcome measurement: an instrument is data (name, domains, scale with labels, licence note), so an
-- organisation that holds a licence can load a licensed instrument without code. Kwartier ships
-- its own free self-assessment (its own texts): ten life domains, each scored 1-5.
CREATE TABLE instrument (
    id              UUID PRIMARY KEY,
    organisation_id UUID REFERENCES organisation (id),
    code            VARCHAR(40) NOT NULL,
    name_nl         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    licence_note    TEXT NOT NULL,
    scale_min       SMALLINT NOT NULL,
    scale_max       SMALLINT NOT NULL CHECK (scale_max > scale_min),
    active          BOOLEAN NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX instrument_code_idx ON instrument (coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'), code);

CREATE TABLE instrument_domain (
    id            UUID PRIMARY KEY,
    instrument_id UUID NOT NULL REFERENCES instrument (id),
    position      SMALLINT NOT NULL,
    code          VARCHAR(40) NOT NULL,
    name_nl       VARCHAR(200) NOT NULL,
    name_en       VARCHAR(200) NOT NULL,
    UNIQUE (instrument_id, code)
);

CREATE TABLE instrument_scale_label (
    instrument_id UUID NOT NULL REFERENCES instrument (id),
    value         SMALLINT NOT NULL,
    label_nl      VARCHAR(200) NOT NULL,
    label_en      VARCHAR(200) NOT NULL,
    PRIMARY KEY (instrument_id, value)
);

CREATE TABLE measurement (
    id            UUID PRIMARY KEY,
    client_id     UUID NOT NULL REFERENCES client (id),
    instrument_id UUID NOT NULL REFERENCES instrument (id),
    measured_on   DATE NOT NULL,
    taken         VARCHAR(20) NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by    UUID NOT NULL
);
CREATE INDEX measurement_client_idx ON measurement (client_id, instrument_id, measured_on DESC);

CREATE TABLE measurement_score (
    measurement_id UUID NOT NULL REFERENCES measurement (id),
    domain_id      UUID NOT NULL REFERENCES instrument_domain (id),
    score          SMALLINT,
    note           VARCHAR(1000),
    PRIMARY KEY (measurement_id, domain_id)
);

INSERT INTO instrument (id, code, name_nl, name_en, licence_note, scale_min, scale_max)
VALUES ('6b0c1c5e-7a43-4a57-9d6b-000000000001', 'KWARTIER-ZELFBEOORDELING', 'Hoe gaat het met je?',
        'How are you doing?',
        'Eigen vragenlijst van Kwartier, vrij te gebruiken. / Kwartier''s own questionnaire, free to use.', 1, 5);

INSERT INTO instrument_domain (id, instrument_id, position, code, name_nl, name_en) VALUES
('6b0c1c5e-7a43-4a57-9d6b-000000000101', '6b0c1c5e-7a43-4a57-9d6b-000000000001', 1, 'HOUSING', 'Wonen', 'Housing'),
('6b0c1c5e-7a43-4a57-9d6b-000000000102', '6b0c1c5e-7a43-4a57-9d6b-000000000001', 2, 'MONEY', 'Geld', 'Money'),
('6b0c1c5e-7a43-4a57-9d6b-000000000103', '6b0c1c5e-7a43-4a57-9d6b-000000000001', 3, 'DAILY_ACTIVITIES', 'Dagbesteding', 'Daily activities'),
('6b0c1c5e-7a43-4a57-9d6b-000000000104', '6b0c1c5e-7a43-4a57-9d6b-000000000001', 4, 'SOCIAL_CONTACTS', 'Contact met anderen', 'Social contacts'),
('6b0c1c5e-7a43-4a57-9d6b-000000000105', '6b0c1c5e-7a43-4a57-9d6b-000000000001', 5, 'MENTAL_HEALTH', 'Hoe je je voelt', 'Mental health'),
('6b0c1c5e-7a43-4a57-9d6b-000000000106', '6b0c1c5e-7a43-4a57-9d6b-000000000001', 6, 'PHYSICAL_HEALTH', 'Lichamelijke gezondheid', 'Physical health'),
('6b0c1c5e-7a43-4a57-9d6b-000000000107', '6b0c1c5e-7a43-4a57-9d6b-000000000001', 7, 'ADDICTION', 'Alcohol, drugs of gokken', 'Alcohol, drugs or gambling'),
('6b0c1c5e-7a43-4a57-9d6b-000000000108', '6b0c1c5e-7a43-4a57-9d6b-000000000001', 8, 'WORK_LEARNING', 'Werk en leren', 'Work and learning'),
('6b0c1c5e-7a43-4a57-9d6b-000000000109', '6b0c1c5e-7a43-4a57-9d6b-000000000001', 9, 'MEANING', 'Zin in het leven', 'Meaning'),
('6b0c1c5e-7a43-4a57-9d6b-000000000110', '6b0c1c5e-7a43-4a57-9d6b-000000000001', 10, 'SELF_CARE', 'Voor jezelf zorgen', 'Self-care');

INSERT INTO instrument_scale_label (instrument_id, value, label_nl, label_en) VALUES
('6b0c1c5e-7a43-4a57-9d6b-000000000001', 1, 'Gaat helemaal niet goed', 'Not going well at all'),
('6b0c1c5e-7a43-4a57-9d6b-000000000001', 2, 'Gaat niet goed', 'Not going well'),
('6b0c1c5e-7a43-4a57-9d6b-000000000001', 3, 'Soms goed, soms niet', 'Sometimes well, sometimes not'),
('6b0c1c5e-7a43-4a57-9d6b-000000000001', 4, 'Gaat goed', 'Going well'),
('6b0c1c5e-7a43-4a57-9d6b-000000000001', 5, 'Gaat heel goed', 'Going very well');
