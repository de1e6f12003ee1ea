package org.trialbench.interchange.odm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.trialbench.interchange.odm.OdmExport;
import org.trialbench.interchange.odm.OdmImport;
import org.trialbench.interchange.odm.internal.Describe;
import org.trialbench.protocol.ItemDefinition;
import org.trialbench.protocol.Study;
import org.trialbench.protocol.poembtx.PoemBtxProtocol;

/** The shipped POEM vs BTX protocol survives export as ODM metadata and import without losing anything. */
class ProtocolRoundTripTest {

	private static byte[] metadata(Study study) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		OdmExport.metadata(study, out);
		return out.toByteArray();
	}

	@Test
	void theWholeProtocolComesBackEqual() throws Exception {
		Study original = PoemBtxProtocol.load();
		OdmImport.ProtocolImport imported = OdmImport.readProtocol(Stores.source("poem.xml", metadata(original)), null);
		assertEquals(Describe.of(original), Describe.of(imported.study()));
		assertTrue(EcoreUtil.equals(original, imported.study()), "EMF equality of the whole protocol");
	}

	@Test
	void importingTheProtocolsOwnMetadataChangesNothing() throws Exception {
		Study original = PoemBtxProtocol.load();
		OdmImport.ProtocolImport merged = OdmImport.readProtocol(Stores.source("poem.xml", metadata(original)), original);
		assertEquals(java.util.List.of(), merged.changes());
	}

	@Test
	void anEditedRangeIsReportedAndMergedByOid() throws Exception {
		Study original = PoemBtxProtocol.load();
		Study edited = EcoreUtil.copy(original);
		ItemDefinition item = edited.getForms().stream().flatMap(f -> f.getItems().stream())
				.filter(i -> i.isSetMax()).findFirst().orElseThrow();
		item.setMax(item.getMax().add(java.math.BigDecimal.TEN));
		OdmImport.ProtocolImport merged = OdmImport.readProtocol(Stores.source("edited.xml", metadata(edited)), original);
		assertEquals(1, merged.changes().size(), merged.changes().toString());
		assertTrue(merged.changes().get(0).startsWith("ItemDefinition " + item.getOid() + ": max "), merged.changes().get(0));
	}

	@Test
	void theMetadataIsOdmForOtherSystemsToo() throws Exception {
		String xml = new String(metadata(PoemBtxProtocol.load()), StandardCharsets.UTF_8);
		assertTrue(xml.contains("xmlns=\"http://www.cdisc.org/ns/odm/v1.3\""));
		assertTrue(xml.contains("ODMVersion=\"1.3.2\""));
		assertTrue(xml.contains("<StudyEventDef "));
		assertTrue(xml.contains("<ItemGroupDef "));
		assertTrue(xml.contains("<CodeList "));
		assertTrue(xml.contains("<RangeCheck Comparator=\"LE\" SoftHard=\"Hard\">"));
		assertTrue(xml.contains("<MeasurementUnit "));
		assertTrue(xml.contains("<MethodDef "));
	}
}
