/**
 * Small things every module may use: the clock, the working-day calendar, the page layout and error handling, the
 * checks of the domain's formats for request records (ULN, UKPRN, National Insurance number, postcode, dates typed in
 * three boxes: {@code waypoint.shared.validation}),
 * amounts of money ({@code waypoint.shared.money}: pounds to the penny, and how they read for people), the database
 * runtime, and the events that report a change or a sensitive view for the audit trail.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package waypoint.shared;
