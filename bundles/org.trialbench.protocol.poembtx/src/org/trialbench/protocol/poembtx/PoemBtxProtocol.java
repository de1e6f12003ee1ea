package org.trialbench.protocol.poembtx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.protocol.ProtocolPackage;
import org.trialbench.protocol.Study;

/**
 * The shipped protocol of the POEM vs botulinum toxin trial in spastic esophageal disorders (POEM-SPASM), an XMI
 * instance of the protocol model in this bundle's {@value #PATH}.
 *
 * <p>The resource always gets the logical URI {@link #URI} ({@code platform:/plugin/...}), whether it is read from
 * an OSGi bundle or from a plain class path, so that clinical data saved against it carry the same references
 * everywhere.</p>
 */
public final class PoemBtxProtocol {
	public static final String BUNDLE = "org.trialbench.protocol.poembtx";
	public static final String PATH = "protocol/poem-btx.protocol";
	public static final String FILE_EXTENSION = "protocol";
	public static final URI URI = org.eclipse.emf.common.util.URI.createPlatformPluginURI(BUNDLE + "/" + PATH, true);

	private PoemBtxProtocol() {
	}

	/** Reads the shipped protocol into a new resource set. Each call returns a fresh copy the caller may change. */
	public static Study load() {
		return load(new ResourceSetImpl());
	}

	/**
	 * Reads the shipped protocol into the given resource set (where a trial built on it will live too), or returns
	 * the one already loaded there.
	 */
	public static Study load(ResourceSet resourceSet) {
		prepare(resourceSet);
		Resource existing = resourceSet.getResource(URI, false);
		if (existing != null && existing.isLoaded() && !existing.getContents().isEmpty()) {
			return (Study) existing.getContents().get(0);
		}
		URL url = PoemBtxProtocol.class.getResource("/" + PATH);
		if (url == null) {
			throw new UncheckedIOException(new IOException(
					"The shipped protocol " + PATH + " is missing from bundle " + BUNDLE + "; reinstall Trialbench"));
		}
		try (InputStream in = url.openStream()) {
			return load(resourceSet, in);
		} catch (IOException e) {
			throw new UncheckedIOException(
					new IOException("The shipped protocol " + url + " cannot be read; reinstall Trialbench", e));
		}
	}

	/** Reads a protocol with this bundle's URI from a stream (a copy of the shipped file, e.g. in a test). */
	public static Study load(ResourceSet resourceSet, InputStream in) throws IOException {
		prepare(resourceSet);
		Resource resource = resourceSet.createResource(URI);
		if (resource instanceof ResourceImpl indexed) {
			// OIDs are the XMI identifiers: an index makes resolving references from clinical data constant time
			indexed.setIntrinsicIDToEObjectMap(new HashMap<>());
		}
		resource.load(in, loadOptions());
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (!(root instanceof Study study)) {
			throw new IOException("The protocol " + URI + " does not hold a Study at its root");
		}
		return study;
	}

	/**
	 * Registers what reading and writing protocols and the clinical data that refer to them need, so that this works
	 * the same outside OSGi, where no extension registry fills the global registries.
	 */
	public static void prepare(ResourceSet resourceSet) {
		resourceSet.getPackageRegistry().put(ProtocolPackage.eNS_URI, ProtocolPackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(ClinicalPackage.eNS_URI, ClinicalPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().putIfAbsent(FILE_EXTENSION,
				new XMIResourceFactoryImpl());
	}

	public static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		return options;
	}

	/** How the shipped file is written: UTF-8, lines wrapped for readable diffs. */
	public static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(100));
		return options;
	}
}
