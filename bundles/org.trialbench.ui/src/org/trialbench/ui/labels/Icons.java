package org.trialbench.ui.labels;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Image;

/** Icons of the shared UI bundle, created once per display through JFace's registry. */
public final class Icons {
	public static final String ERROR = "icons/error.png";
	public static final String WARNING = "icons/warning.png";
	public static final String INFO = "icons/info.png";
	public static final String SITE = "icons/site.png";
	public static final String SUBJECT = "icons/subject.png";
	public static final String SCREEN_FAILED = "icons/screenfail.png";
	public static final String VISIT = "icons/visit.png";
	public static final String FORM = "icons/form.png";
	public static final String ITEM = "icons/item.png";

	private Icons() {
	}

	public static Image get(String path) {
		ImageRegistry registry = JFaceResources.getImageRegistry();
		String key = "org.trialbench.ui/" + path;
		Image image = registry.get(key);
		if (image == null) {
			registry.put(key, ImageDescriptor.createFromFile(Icons.class, "/" + path));
			image = registry.get(key);
		}
		return image;
	}
}
