package waypoint.enrolment.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import waypoint.shared.validation.Pounds;
import waypoint.shared.validation.Pounds.Sign;

/**
 * The answers so far of “Record an apprenticeship”, one question per page, kept in the session until the check page
 * sends them. Everything is text as typed, so that a wrong answer is shown back as it was. The token goes with the
 * final submission, so sending it twice records one apprenticeship.
 */
public class ApprenticeshipDraft implements Serializable {

    /** Other staff rows offered on their page. */
    static final int OTHER_STAFF_ROWS = 3;

    private String token = UUID.randomUUID().toString();
    private boolean migrated;
    private String learnerId;
    private String employerId;
    private String lineManagerId;
    private String standardReference;
    private String tutorId;
    private List<String> otherStaffIds = blanks();
    private List<String> otherStaffParts = blanks();
    private String weeklyHours;
    private String startDay;
    private String startMonth;
    private String startYear;
    private String endDay;
    private String endMonth;
    private String endYear;
    private String epaPeriodMonths;
    private String deliveryModel;
    private String deliveryLink;
    private List<String> studyDays = new ArrayList<>();
    private String fundingType;
    @Pounds(sign = Sign.ZERO_OR_MORE, message = "Enter the training price in pounds, like 12000 or 12000.50")
    private String trainingPrice;
    @Pounds(sign = Sign.ZERO_OR_MORE,
            message = "Enter the end-point assessment price in pounds, like 12000 or 12000.50")
    private String epaPrice;
    private String epaoId;
    private String status;
    private String statusDay;
    private String statusMonth;
    private String statusYear;
    private String expectedReturnDay;
    private String expectedReturnMonth;
    private String expectedReturnYear;
    private String withdrawalReason;

    public ApprenticeshipDraft() {
    }

    ApprenticeshipDraft(boolean migrated) {
        this.migrated = migrated;
    }

    private static List<String> blanks() {
        return new ArrayList<>(Arrays.asList(new String[OTHER_STAFF_ROWS]));
    }

    public String getToken() {
        return token;
    }

    /** The token is the draft's own: a request cannot set it. */
    public void setToken(String ignored) {
    }

    public boolean isMigrated() {
        return migrated;
    }

    public String getLearnerId() {
        return learnerId;
    }

    public void setLearnerId(String learnerId) {
        this.learnerId = learnerId;
    }

    public String getEmployerId() {
        return employerId;
    }

    public void setEmployerId(String employerId) {
        this.employerId = employerId;
    }

    public String getLineManagerId() {
        return lineManagerId;
    }

    public void setLineManagerId(String lineManagerId) {
        this.lineManagerId = lineManagerId;
    }

    public String getStandardReference() {
        return standardReference;
    }

    public void setStandardReference(String standardReference) {
        this.standardReference = standardReference;
    }

    public String getTutorId() {
        return tutorId;
    }

    public void setTutorId(String tutorId) {
        this.tutorId = tutorId;
    }

    public List<String> getOtherStaffIds() {
        return otherStaffIds;
    }

    public void setOtherStaffIds(List<String> otherStaffIds) {
        this.otherStaffIds = padded(otherStaffIds);
    }

    public List<String> getOtherStaffParts() {
        return otherStaffParts;
    }

    public void setOtherStaffParts(List<String> otherStaffParts) {
        this.otherStaffParts = padded(otherStaffParts);
    }

    private static List<String> padded(List<String> values) {
        List<String> rows = blanks();
        for (int i = 0; values != null && i < Math.min(values.size(), OTHER_STAFF_ROWS); i++) {
            rows.set(i, values.get(i));
        }
        return rows;
    }

    public String getWeeklyHours() {
        return weeklyHours;
    }

    public void setWeeklyHours(String weeklyHours) {
        this.weeklyHours = weeklyHours;
    }

    public String getStartDay() {
        return startDay;
    }

    public void setStartDay(String startDay) {
        this.startDay = startDay;
    }

    public String getStartMonth() {
        return startMonth;
    }

    public void setStartMonth(String startMonth) {
        this.startMonth = startMonth;
    }

    public String getStartYear() {
        return startYear;
    }

    public void setStartYear(String startYear) {
        this.startYear = startYear;
    }

    public String getEndDay() {
        return endDay;
    }

    public void setEndDay(String endDay) {
        this.endDay = endDay;
    }

    public String getEndMonth() {
        return endMonth;
    }

    public void setEndMonth(String endMonth) {
        this.endMonth = endMonth;
    }

    public String getEndYear() {
        return endYear;
    }

    public void setEndYear(String endYear) {
        this.endYear = endYear;
    }

    public String getEpaPeriodMonths() {
        return epaPeriodMonths;
    }

    public void setEpaPeriodMonths(String epaPeriodMonths) {
        this.epaPeriodMonths = epaPeriodMonths;
    }

    public String getDeliveryModel() {
        return deliveryModel;
    }

    public void setDeliveryModel(String deliveryModel) {
        this.deliveryModel = deliveryModel;
    }

    public String getDeliveryLink() {
        return deliveryLink;
    }

    public void setDeliveryLink(String deliveryLink) {
        this.deliveryLink = deliveryLink;
    }

    public List<String> getStudyDays() {
        return studyDays;
    }

    public void setStudyDays(List<String> studyDays) {
        this.studyDays = studyDays == null ? new ArrayList<>() : new ArrayList<>(studyDays);
    }

    public String getFundingType() {
        return fundingType;
    }

    public void setFundingType(String fundingType) {
        this.fundingType = fundingType;
    }

    public String getTrainingPrice() {
        return trainingPrice;
    }

    public void setTrainingPrice(String trainingPrice) {
        this.trainingPrice = trainingPrice;
    }

    public String getEpaPrice() {
        return epaPrice;
    }

    public void setEpaPrice(String epaPrice) {
        this.epaPrice = epaPrice;
    }

    public String getEpaoId() {
        return epaoId;
    }

    public void setEpaoId(String epaoId) {
        this.epaoId = epaoId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getStatusDay() {
        return statusDay;
    }

    public void setStatusDay(String statusDay) {
        this.statusDay = statusDay;
    }

    public String getStatusMonth() {
        return statusMonth;
    }

    public void setStatusMonth(String statusMonth) {
        this.statusMonth = statusMonth;
    }

    public String getStatusYear() {
        return statusYear;
    }

    public void setStatusYear(String statusYear) {
        this.statusYear = statusYear;
    }

    public String getExpectedReturnDay() {
        return expectedReturnDay;
    }

    public void setExpectedReturnDay(String expectedReturnDay) {
        this.expectedReturnDay = expectedReturnDay;
    }

    public String getExpectedReturnMonth() {
        return expectedReturnMonth;
    }

    public void setExpectedReturnMonth(String expectedReturnMonth) {
        this.expectedReturnMonth = expectedReturnMonth;
    }

    public String getExpectedReturnYear() {
        return expectedReturnYear;
    }

    public void setExpectedReturnYear(String expectedReturnYear) {
        this.expectedReturnYear = expectedReturnYear;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }
}
