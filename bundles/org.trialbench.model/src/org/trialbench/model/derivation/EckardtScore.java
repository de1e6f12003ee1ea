package org.trialbench.model.derivation;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Eckardt symptom score of achalasia and spastic oesophageal disorders: four items graded 0–3 (dysphagia,
 * regurgitation, retrosternal pain, weight loss), total 0–12. Treatment success is a total of at most 3.
 * <p>
 * A missing item leaves the score without a total (never counted as 0: that would turn an unanswered question into
 * a success). An item outside 0–3 is rejected, never clamped.
 */
public final class EckardtScore {
	/** Lowest grade of one item. */
	public static final int ITEM_MIN = 0;
	/** Highest grade of one item. */
	public static final int ITEM_MAX = 3;
	/** Success is a total at or below this, unless the protocol says otherwise. */
	public static final int DEFAULT_SUCCESS_THRESHOLD = 3;
	/** Highest possible total. */
	public static final int TOTAL_MAX = 4 * ITEM_MAX;

	/** The four items in the order of the instrument. */
	public enum Item {
		DYSPHAGIA("dysphagia"), REGURGITATION("regurgitation"), RETROSTERNAL_PAIN("retrosternal pain"),
		WEIGHT_LOSS("weight loss");

		private final String label;

		Item(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** An item grade outside 0–3, naming the item. */
	public static final class InvalidItemException extends IllegalArgumentException {
		private static final long serialVersionUID = 1L;
		private final Item item;
		private final int grade;

		InvalidItemException(Item item, int grade) {
			super(item.label() + " " + grade + " is outside " + ITEM_MIN + "–" + ITEM_MAX);
			this.item = item;
			this.grade = grade;
		}

		public Item item() {
			return item;
		}

		public int grade() {
			return grade;
		}
	}

	private final Integer[] grades;

	private EckardtScore(Integer[] grades) {
		this.grades = grades;
	}

	/**
	 * A score from the four item grades; null means the item was not answered.
	 *
	 * @throws InvalidItemException for the first item outside 0–3
	 */
	public static EckardtScore of(Integer dysphagia, Integer regurgitation, Integer retrosternalPain,
			Integer weightLoss) {
		Integer[] grades = { dysphagia, regurgitation, retrosternalPain, weightLoss };
		for (Item item : Item.values()) {
			Integer grade = grades[item.ordinal()];
			if (grade != null && !isValidGrade(grade)) {
				throw new InvalidItemException(item, grade);
			}
		}
		return new EckardtScore(grades);
	}

	/** Whether a grade is one of 0, 1, 2, 3. */
	public static boolean isValidGrade(int grade) {
		return grade >= ITEM_MIN && grade <= ITEM_MAX;
	}

	/** Whether a total is a success at the given threshold: total at or below it. */
	public static boolean isSuccess(int total, int threshold) {
		return total <= threshold;
	}

	/** The grade of one item, empty when it was not answered. */
	public OptionalInt grade(Item item) {
		Integer grade = grades[item.ordinal()];
		return grade == null ? OptionalInt.empty() : OptionalInt.of(grade);
	}

	/** Whether all four items are answered. */
	public boolean isComplete() {
		for (Integer grade : grades) {
			if (grade == null) {
				return false;
			}
		}
		return true;
	}

	/** The first unanswered item, empty when the score is complete. */
	public Optional<Item> firstMissing() {
		for (Item item : Item.values()) {
			if (grades[item.ordinal()] == null) {
				return Optional.of(item);
			}
		}
		return Optional.empty();
	}

	/** The total 0–12, empty unless all four items are answered. */
	public OptionalInt total() {
		if (!isComplete()) {
			return OptionalInt.empty();
		}
		int total = 0;
		for (Integer grade : grades) {
			total += grade;
		}
		return OptionalInt.of(total);
	}

	/** Success at the usual threshold of 3; empty without a total. */
	public Optional<Boolean> success() {
		return success(DEFAULT_SUCCESS_THRESHOLD);
	}

	/** Success at the protocol's threshold; empty without a total. */
	public Optional<Boolean> success(int threshold) {
		OptionalInt total = total();
		return total.isPresent() ? Optional.of(isSuccess(total.getAsInt(), threshold)) : Optional.empty();
	}
}
