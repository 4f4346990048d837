/**
 * The technical base every module stands on: the embedded database, the web shell (layout,
 * language, navigation, error pages) and the deployment settings. It holds no business rules
 * and uses no feature module; every module may use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.kwartier.platform;
