package org.trialbench.ui.navigator;

/**
 * A row of the navigator that is not trial data: what state the store is in, that something is loading, that
 * loading failed, or that more subjects can be shown. {@code owner} is the element the note is about (the site
 * whose next page of subjects {@link Kind#MORE} loads), or null.
 */
public record NavigatorNote(Kind kind, String text, Object owner) {

	public enum Kind {
		/** A state of the store or an empty list. */
		INFO,
		/** Data is being read in the background. */
		LOADING,
		/** Reading failed; the text names the record and the cause. */
		ERROR,
		/** Opening it shows the next page of subjects of its owner site. */
		MORE,
		/** Opening it asks for user name and password. */
		LOGIN
	}

	public static NavigatorNote info(String text) {
		return new NavigatorNote(Kind.INFO, text, null);
	}

	public static NavigatorNote loading(String text) {
		return new NavigatorNote(Kind.LOADING, text, null);
	}

	public static NavigatorNote error(String text) {
		return new NavigatorNote(Kind.ERROR, text, null);
	}
}
