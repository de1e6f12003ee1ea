package org.trialbench.publication.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;
import org.trialbench.publication.excel.PoiProbe;

class PoiInOsgiTest {
	@Test
	void writesAndReadsBackAnXlsx() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PoiProbe.write(out);
		assertEquals("hello|1.25", PoiProbe.read(new ByteArrayInputStream(out.toByteArray())));
	}
}
