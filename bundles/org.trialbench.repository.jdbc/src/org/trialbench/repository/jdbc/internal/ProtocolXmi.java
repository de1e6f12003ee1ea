package org.trialbench.repository.jdbc.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.trialbench.protocol.ProtocolPackage;
import org.trialbench.protocol.Study;

/** The protocol a store runs, kept in the store as XMI so that every workbench reads the same version. */
public final class ProtocolXmi {

	private static final URI STORED = URI.createURI("trialbench-store:/protocol.xmi");

	private ProtocolXmi() {
	}

	public static String write(Study study) throws IOException {
		Resource resource = new XMIResourceImpl(STORED);
		resource.getContents().add(EcoreUtil.copy(study));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		return out.toString(StandardCharsets.UTF_8);
	}

	public static Study read(String xmi) throws IOException {
		ProtocolPackage.eINSTANCE.eClass(); // registers the package for the XMI namespace
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(ProtocolPackage.eNS_URI, ProtocolPackage.eINSTANCE);
		Resource resource = new XMIResourceImpl(STORED);
		resourceSet.getResources().add(resource);
		resource.load(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), Map.of());
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Study study)) {
			throw new IOException("the stored protocol holds no study");
		}
		return study;
	}
}
