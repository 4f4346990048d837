/**
 * Places: Dutch municipalities and four-digit postcodes (reference data from GeoNames, CC BY
 * 4.0), and the regions and neighbourhoods organisations work in. Clients, services and
 * figures are placed with it. Uses no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography", allowedDependencies = "platform")
package nl.kwartier.geography;
