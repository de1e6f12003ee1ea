package org.trialbench.ui.labels;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.resource.CompositeImageDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.trialbench.clinical.provider.ClinicalItemProviderAdapterFactory;
import org.trialbench.protocol.provider.ProtocolItemProviderAdapterFactory;

/**
 * Labels and icons of model objects as their generated EMF.Edit item providers give them, for JFace viewers.
 * This is what EMF's AdapterFactoryLabelProvider does; that class lives in org.eclipse.emf.edit.ui, which is not
 * published to Maven Central, so the target platform cannot have it. Images the item providers return as URLs or
 * composed (overlaid) images become SWT images owned by this provider and disposed with it.
 */
public class ModelLabels extends LabelProvider {
	private final ComposedAdapterFactory adapterFactory;
	private final Map<Object, Image> images = new HashMap<>();

	public ModelLabels() {
		adapterFactory = new ComposedAdapterFactory(List.<AdapterFactory>of(new ClinicalItemProviderAdapterFactory(),
				new ProtocolItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
	}

	public AdapterFactory adapterFactory() {
		return adapterFactory;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = itemLabels(element);
		if (provider == null) {
			return element == null ? "" : element.toString();
		}
		String text = provider.getText(element);
		return text == null ? "" : text;
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = itemLabels(element);
		return provider == null ? null : image(provider.getImage(element));
	}

	private IItemLabelProvider itemLabels(Object element) {
		if (element == null) {
			return null;
		}
		return (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
	}

	/** The SWT image for what an item provider returned (a URL, a composed image, or already an image). */
	private Image image(Object key) {
		if (key == null) {
			return null;
		}
		if (key instanceof Image image) {
			return image;
		}
		Image image = images.get(key);
		if (image == null) {
			ImageDescriptor descriptor = descriptor(key);
			if (descriptor == null) {
				return null;
			}
			image = descriptor.createImage(false);
			if (image == null) {
				return null;
			}
			images.put(key, image);
		}
		return image;
	}

	private static ImageDescriptor descriptor(Object key) {
		if (key instanceof ImageDescriptor descriptor) {
			return descriptor;
		}
		if (key instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		if (key instanceof ComposedImage composed) {
			return new Composed(composed);
		}
		return null;
	}

	/** A base icon with its overlays, drawn where the composed image says. */
	private static final class Composed extends CompositeImageDescriptor {
		private final ComposedImage composed;
		private final List<ImageDescriptor> parts = new ArrayList<>();
		private final List<ComposedImage.Size> sizes = new ArrayList<>();
		private final ComposedImage.Size size;

		Composed(ComposedImage composed) {
			this.composed = composed;
			for (Object part : composed.getImages()) {
				ImageDescriptor descriptor = descriptor(part);
				if (descriptor == null) {
					continue;
				}
				var data = descriptor.getImageData(100);
				ComposedImage.Size partSize = new ComposedImage.Size();
				partSize.width = data == null ? 16 : data.width;
				partSize.height = data == null ? 16 : data.height;
				parts.add(descriptor);
				sizes.add(partSize);
			}
			this.size = composed.getSize(sizes);
		}

		@Override
		protected void drawCompositeImage(int width, int height) {
			List<ComposedImage.Point> points = composed.getDrawPoints(size);
			for (int i = 0; i < parts.size() && i < points.size(); i++) {
				drawImage(createCachedImageDataProvider(parts.get(i)), points.get(i).x, points.get(i).y);
			}
		}

		@Override
		protected Point getSize() {
			return new Point(size.width, size.height);
		}
	}

	@Override
	public void dispose() {
		images.values().forEach(Image::dispose);
		images.clear();
		adapterFactory.dispose();
		super.dispose();
	}
}
