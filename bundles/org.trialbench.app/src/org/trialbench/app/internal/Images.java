package org.trialbench.app.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Image;

/** Shared icons of the application bundle, created once per display through JFace's registry. */
public final class Images {
	public static final String APP = "icons/trialbench16.png";
	public static final String APP_LARGE = "icons/trialbench64.png";
	public static final String ERROR = "icons/error.png";
	public static final String WARNING = "icons/warning.png";
	public static final String INFO = "icons/info.png";
	public static final String SITE = "icons/site.png";
	public static final String SUBJECT = "icons/subject.png";
	public static final String VISIT = "icons/visit.png";
	public static final String FORM = "icons/form.png";
	public static final String ITEM = "icons/item.png";

	private Images() {
	}

	public static Image get(String path) {
		ImageRegistry registry = JFaceResources.getImageRegistry();
		String key = "org.trialbench.app/" + path;
		Image image = registry.get(key);
		if (image == null) {
			registry.put(key, ImageDescriptor.createFromFile(Images.class, "/" + path));
			image = registry.get(key);
		}
		return image;
	}
}
