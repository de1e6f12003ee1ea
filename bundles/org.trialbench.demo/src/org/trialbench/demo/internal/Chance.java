package org.trialbench.demo.internal;

import java.util.List;
import java.util.SplittableRandom;

/** The draws the demo data are made of, from one seeded stream. */
final class Chance {
	private final SplittableRandom random;

	Chance(long seed) {
		random = new SplittableRandom(seed);
	}

	/** A new independent stream, e.g. one per subject, so that a subject's data do not shift when another changes. */
	Chance split() {
		return new Chance(random.nextLong());
	}

	boolean percent(double percent) {
		return random.nextDouble() * 100 < percent;
	}

	/** Uniform in [min, max], both included. */
	int between(int min, int max) {
		return min + random.nextInt(max - min + 1);
	}

	double uniform(double min, double max) {
		return min + random.nextDouble() * (max - min);
	}

	/** Normal with the given mean and standard deviation, clamped to [min, max]. */
	double normal(double mean, double sd, double min, double max) {
		double u1 = 1 - random.nextDouble();
		double u2 = random.nextDouble();
		double z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
		return Math.max(min, Math.min(max, mean + sd * z));
	}

	double exponential(double mean) {
		return -mean * Math.log(1 - random.nextDouble());
	}

	<T> T pick(List<T> options) {
		return options.get(random.nextInt(options.size()));
	}

	@SafeVarargs
	final <T> T pick(T... options) {
		return options[random.nextInt(options.length)];
	}

	/** One of the options, chosen with the given relative weights (weights[i] for options[i]). */
	@SafeVarargs
	final <T> T weighted(double[] weights, T... options) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		double draw = random.nextDouble() * total;
		for (int i = 0; i < options.length; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return options[i];
			}
		}
		return options[options.length - 1];
	}

	int nextInt(int bound) {
		return random.nextInt(bound);
	}

	long nextLong() {
		return random.nextLong();
	}
}
