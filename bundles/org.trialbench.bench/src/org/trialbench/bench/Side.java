package org.trialbench.bench;

/**
 * One side of a benchmark (the product, or its physical floor): how long each repetition took, how much work one
 * repetition did (rows, cells, values, bytes: {@code unit}) and the heap it needed at its peak above what was live
 * before it started.
 */
public record Side(String label, Samples samples, long work, String unit, long peakHeapBytes) {
}
