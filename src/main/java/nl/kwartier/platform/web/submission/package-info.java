/**
 * One click, one record: every form that posts carries a one-time submission key, added by the
 * form itself ({@link nl.kwartier.platform.web.submission.SubmissionKey#FIELD}); the first request
 * with a key claims it, a repeat (double click, retry, back and resubmit) waits for the first and
 * gets its result instead of doing the work again.
 */
package nl.kwartier.platform.web.submission;
