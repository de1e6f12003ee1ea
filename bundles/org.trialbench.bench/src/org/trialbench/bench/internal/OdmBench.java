package org.trialbench.bench.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.trialbench.bench.BenchResult;
import org.trialbench.bench.Goal;
import org.trialbench.bench.Repetitions;
import org.trialbench.interchange.odm.ImportReport;
import org.trialbench.interchange.odm.OdmExport;
import org.trialbench.interchange.odm.OdmExportOptions;
import org.trialbench.interchange.odm.OdmImport;
import org.trialbench.repository.TrialSession;

/**
 * CDISC ODM: the export of the whole trial (with audit records and signatures, as {@code export-odm} writes it) and
 * the import of that file back into the store it came from (its one pass over the file, every subject compared with
 * its stored record; nothing differs, so nothing is committed). Floors over the same file: the import's is a raw
 * StAX pass reading every element, attribute and text; the export's is a raw StAX copy that reads the file and
 * writes every event again, so that it writes the same elements, attributes and text the export wrote.
 */
final class OdmBench {

	private OdmBench() {
	}

	/** {@code store} names the store in the results' names when it is not the embedded one (else empty). */
	static List<BenchResult> run(TrialSession administrator, Path folder, Repetitions repetitions, String store)
			throws Exception {
		Path exported = folder.resolve("study.xml");
		Path copy = folder.resolve("study-copy.xml");
		// the floors read the file the product has just written, so each round runs the product first
		Repetitions.Pair export = repetitions.measurePair("bytes", repetition -> () -> {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(exported), 1 << 16)) {
				OdmExport.export(administrator, out, OdmExportOptions.full(), new NullProgressMonitor());
			}
			return Files.size(exported);
		}, repetition -> () -> {
			staxCopy(exported, copy);
			return Files.size(exported);
		});
		long[] subjects = new long[1];
		long[] events = new long[1];
		Repetitions.Pair imported = repetitions.measurePair("bytes", repetition -> () -> {
			ImportReport report = new OdmImport(administrator).run(OdmImport.Source.of(exported),
					new OdmImport.Options(false, "benchmark: re-import of the exported file", null),
					new NullProgressMonitor());
			subjects[0] = report.subjectsUnchanged();
			return Files.size(exported);
		}, repetition -> () -> {
			events[0] = staxRead(exported);
			return Files.size(exported);
		});
		String size = Files.size(exported) / (1 << 20) + " MB";
		return List.of(
				BenchResult.of("ODM export (" + size + store + ")", export.product(), export.floor(), Goal.throughputRatioAtLeast(0.5),
						"floor: raw StAX copy of the exported file (read and write every event)"),
				BenchResult.of("ODM import (" + size + store + ")", imported.product(), imported.floor(), Goal.throughputRatioAtLeast(0.5),
						"re-import into the same store: " + subjects[0] + " subjects unchanged, nothing committed; "
								+ String.format(java.util.Locale.ROOT, "floor: raw StAX read of %,d events", events[0])));
	}

	/** Reads every event, attribute and text of the file; returns the number of events. */
	static long staxRead(Path file) throws Exception {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		long events = 0;
		long characters = 0;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			XMLStreamReader reader = factory.createXMLStreamReader(in);
			while (reader.hasNext()) {
				int event = reader.next();
				events++;
				if (event == XMLStreamConstants.START_ELEMENT) {
					for (int i = 0; i < reader.getAttributeCount(); i++) {
						characters += reader.getAttributeValue(i).length();
					}
				} else if (event == XMLStreamConstants.CHARACTERS) {
					characters += reader.getTextLength();
				}
			}
			reader.close();
		}
		return characters >= 0 ? events : -1;
	}

	/** Copies the file event by event through a StAX reader and writer. */
	static void staxCopy(Path from, Path to) throws Exception {
		XMLInputFactory inputs = XMLInputFactory.newFactory();
		XMLOutputFactory outputs = XMLOutputFactory.newFactory();
		try (InputStream in = new BufferedInputStream(Files.newInputStream(from), 1 << 16);
				OutputStream out = new BufferedOutputStream(Files.newOutputStream(to), 1 << 16)) {
			XMLStreamReader reader = inputs.createXMLStreamReader(in);
			XMLStreamWriter writer = outputs.createXMLStreamWriter(out, "UTF-8");
			writer.writeStartDocument("UTF-8", "1.0");
			while (reader.hasNext()) {
				switch (reader.next()) {
				case XMLStreamConstants.START_ELEMENT -> {
					writer.writeStartElement(reader.getPrefix() == null ? "" : reader.getPrefix(), reader.getLocalName(),
							reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI());
					for (int i = 0; i < reader.getNamespaceCount(); i++) {
						writer.writeNamespace(reader.getNamespacePrefix(i), reader.getNamespaceURI(i));
					}
					for (int i = 0; i < reader.getAttributeCount(); i++) {
						String ns = reader.getAttributeNamespace(i);
						if (ns == null || ns.isEmpty()) {
							writer.writeAttribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
						} else {
							writer.writeAttribute(reader.getAttributePrefix(i), ns, reader.getAttributeLocalName(i),
									reader.getAttributeValue(i));
						}
					}
				}
				case XMLStreamConstants.END_ELEMENT -> writer.writeEndElement();
				case XMLStreamConstants.CHARACTERS -> writer.writeCharacters(reader.getTextCharacters(),
						reader.getTextStart(), reader.getTextLength());
				default -> {
				}
				}
			}
			writer.writeEndDocument();
			writer.close();
			reader.close();
		}
	}
}
