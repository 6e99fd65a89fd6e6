package waypoint.otj.web;

import java.util.ArrayList;
import java.util.List;

import waypoint.otj.internal.EntryDraft;

/** The entry form as typed, kept to show again with its errors. */
public class EntryForm {

    private String date;
    private String startTime;
    private String endTime;
    private String duration;
    private String activityType;
    private String description;
    private List<String> ksbs = new ArrayList<>();
    private String evidenceLink;
    private String portfolioEvidenceId;
    private String weeks;
    private int version;

    EntryDraft draft() {
        return new EntryDraft(date, startTime, endTime, duration, activityType, description, ksbs, evidenceLink,
                portfolioEvidenceId);
    }

    static EntryForm of(EntryDraft draft) {
        EntryForm form = new EntryForm();
        form.date = draft.date();
        form.startTime = draft.startTime();
        form.endTime = draft.endTime();
        form.duration = draft.duration();
        form.activityType = draft.activityType();
        form.description = draft.description();
        form.ksbs = new ArrayList<>(draft.ksbs());
        form.evidenceLink = draft.evidenceLink();
        form.portfolioEvidenceId = draft.portfolioEvidenceId();
        return form;
    }

    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getStartTime() { return startTime; }
    public void setStartTime(String startTime) { this.startTime = startTime; }
    public String getEndTime() { return endTime; }
    public void setEndTime(String endTime) { this.endTime = endTime; }
    public String getDuration() { return duration; }
    public void setDuration(String duration) { this.duration = duration; }
    public String getActivityType() { return activityType; }
    public void setActivityType(String activityType) { this.activityType = activityType; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<String> getKsbs() { return ksbs; }
    public void setKsbs(List<String> ksbs) { this.ksbs = ksbs == null ? new ArrayList<>() : ksbs; }
    public String getEvidenceLink() { return evidenceLink; }
    public void setEvidenceLink(String evidenceLink) { this.evidenceLink = evidenceLink; }
    public String getPortfolioEvidenceId() { return portfolioEvidenceId; }
    public void setPortfolioEvidenceId(String portfolioEvidenceId) { this.portfolioEvidenceId = portfolioEvidenceId; }
    public String getWeeks() { return weeks; }
    public void setWeeks(String weeks) { this.weeks = weeks; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
