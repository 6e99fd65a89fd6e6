/**
 * Module delivery: teaching, learning and assessment sessions, scheduled by the tutor for one apprentice or a group,
 * with a calendar feed for each person; after a session, its attendance, what was delivered or assessed, and the agreed
 * actions and assessment plans, tracked until done (the learner handbook, "Mentoring &amp; Quals Direct"); each
 * attendee's time added as off-the-job training; the cadence of sessions compared with the standard's or the provider's
 * (the Learning and skills mentor course page: "at least every 4-5 weeks"; the learner handbook: "2-3 times per
 * month").
 * <p>
 * Messages live here too: they are the threads of the same teaching relationship, between the apprentice and the tutor
 * with the employer included when chosen, kept as the record of their communications (the learner handbook: the
 * e-portfolio keeps "communications between you and your mentor").
 * <p>
 * Other modules read {@link waypoint.delivery.DeliveryFacts}; progress reviews show the sessions held since the last
 * review through the review module's progress source.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "organisation", "catalogue", "enrolment", "otj", "review", "supportcase"})
package waypoint.delivery;
