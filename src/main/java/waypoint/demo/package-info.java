/**
 * Demo data for the default run, so a newcomer sees a working provider: never loaded in the production profile,
 * and safe to run at every start (it adds nothing that is already there).
 */
@org.springframework.modulith.ApplicationModule
package waypoint.demo;
