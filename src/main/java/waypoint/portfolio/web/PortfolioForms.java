package waypoint.portfolio.web;

import java.util.ArrayList;
import java.util.List;

import waypoint.portfolio.internal.EvidenceDraft;
import waypoint.portfolio.internal.Journal;
import waypoint.shared.web.DateText;

/** The page forms' fields as typed, kept on error. */
final class PortfolioForms {

    private PortfolioForms() {
    }

    /** Dates typed as 27/4/2026 or ISO reach the service as ISO; anything else as typed, to be refused there. */
    static String iso(String typed) {
        return DateText.parse(typed).map(Object::toString).orElse(typed);
    }

    public static class NewEvidence {
        private String title;
        private String description;
        private String date;
        private String type;
        private String form = "FILE";
        private String body;
        private String link;
        private String file;
        private List<String> ksbs = new ArrayList<>();
        private Integer lockVersion;

        public Integer getLockVersion() { return lockVersion; }
        public void setLockVersion(Integer lockVersion) { this.lockVersion = lockVersion; }

        EvidenceDraft draft() {
            return new EvidenceDraft(title, description, iso(date), type, form, body, link, ksbs);
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getDate() { return date; }
        public void setDate(String date) { this.date = date; }
        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getForm() { return form; }
        public void setForm(String form) { this.form = form; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
        public String getLink() { return link; }
        public void setLink(String link) { this.link = link; }
        public String getFile() { return file; }
        public void setFile(String file) { this.file = file; }
        public List<String> getKsbs() { return ksbs; }
        public void setKsbs(List<String> ksbs) { this.ksbs = ksbs == null ? new ArrayList<>() : ksbs; }
    }

    public static class JournalForm {
        private String date;
        private String title;
        private String reflection;
        private String hours;
        private String activityType;
        private boolean share;

        Journal.Draft draft() {
            return new Journal.Draft(iso(date), title, reflection, hours, activityType, share);
        }

        public String getDate() { return date; }
        public void setDate(String date) { this.date = date; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getReflection() { return reflection; }
        public void setReflection(String reflection) { this.reflection = reflection; }
        public String getHours() { return hours; }
        public void setHours(String hours) { this.hours = hours; }
        public String getActivityType() { return activityType; }
        public void setActivityType(String activityType) { this.activityType = activityType; }
        public boolean isShare() { return share; }
        public void setShare(boolean share) { this.share = share; }
    }

    public static class DocumentForm {
        private String type;
        private String title;
        private String expiresOn;
        private String file;

        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getExpiresOn() { return expiresOn; }
        public void setExpiresOn(String expiresOn) { this.expiresOn = expiresOn; }
        public String getFile() { return file; }
        public void setFile(String file) { this.file = file; }
    }
}
