package org.entitysignals.demo;

/** The tutorial's custom signal {@code exam_result_published}: a plain CDI event, no library needed. */
public record ExamResultPublished(String studentName, String grade) {
}
