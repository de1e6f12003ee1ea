package org.trialbench.publication.tables;

/** A figure rendered to PNG (by Java2D, without a display), with its title and size in pixels. */
public record Picture(String title, byte[] png, int width, int height) {
}
