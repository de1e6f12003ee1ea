package org.trialbench.interchange.odm;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;

import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Validation against the CDISC ODM 1.3.2 XML schema. The schema files are CDISC's and are not shipped in this
 * bundle: no Maven Central artifact carries them. Install them (ODM1-3-2.xsd with ODM1-3-2-foundation.xsd,
 * xmldsig-core-schema.xsd and xml.xsd beside it, as CDISC publishes them) into this bundle's {@code schema/} folder,
 * or name ODM1-3-2.xsd with the system property {@value #PROPERTY}. Vendor extensions (Trialbench, REDCap,
 * OpenClinica) are stripped before validation, as the ODM specification allows receivers to ignore them.
 */
public final class OdmSchema {
	public static final String PROPERTY = "trialbench.odm.schema";
	public static final String RESOURCE = "schema/ODM1-3-2.xsd";
	/** Namespaces the ODM schema itself defines or imports; everything else is a vendor extension. */
	private static final Set<String> STANDARD = Set.of(Odm.NS, "http://www.w3.org/2000/09/xmldsig#",
			XMLConstants.XML_NS_URI, "");

	private final Schema schema;
	private final String source;

	private OdmSchema(Schema schema, String source) {
		this.schema = schema;
		this.source = source;
	}

	/** The installed ODM 1.3.2 schema, if any (see the class comment). */
	public static Optional<OdmSchema> installed() throws IOException {
		String property = System.getProperty(PROPERTY);
		URL url = null;
		if (property != null && !property.isBlank()) {
			Path path = Path.of(property);
			if (!Files.isRegularFile(path)) {
				throw new IOException("The ODM schema named by " + PROPERTY + " does not exist: " + path);
			}
			try {
				url = path.toUri().toURL();
			} catch (MalformedURLException e) {
				throw new IOException(e);
			}
		} else {
			url = OdmSchema.class.getClassLoader().getResource(RESOURCE);
		}
		if (url == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(load(url));
		} catch (SAXException e) {
			throw new IOException("The ODM schema at " + url + " cannot be read: " + e.getMessage(), e);
		}
	}

	/** Loads a schema; the schema files are trusted, the documents validated against it are not. */
	public static OdmSchema load(URL url) throws SAXException {
		SchemaFactory factory = SchemaFactory.newDefaultInstance();
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,bundleresource,bundleentry");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file,jar,bundleresource,bundleentry");
		return new OdmSchema(factory.newSchema(url), url.toString());
	}

	public String source() {
		return source;
	}

	/** Every schema violation with line and column; a file that is not well-formed ends the list. */
	public List<OdmProblem> validate(InputStream in) throws IOException {
		List<OdmProblem> problems = new ArrayList<>();
		try {
			SAXParserFactory parsers = SAXParserFactory.newDefaultInstance();
			parsers.setNamespaceAware(true);
			parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			parsers.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			parsers.setFeature("http://xml.org/sax/features/external-general-entities", false);
			parsers.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			XMLReader reader = parsers.newSAXParser().getXMLReader();
			ValidatorHandler validator = schema.newValidatorHandler();
			ErrorHandler errors = new ErrorHandler() {
				@Override
				public void warning(SAXParseException e) {
					problems.add(OdmProblem.warning(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
				}

				@Override
				public void error(SAXParseException e) {
					if (problems.size() < 1000) {
						problems.add(OdmProblem.error(e.getLineNumber(), e.getColumnNumber(),
								"not valid ODM 1.3.2: " + e.getMessage()));
					}
				}

				@Override
				public void fatalError(SAXParseException e) throws SAXException {
					throw e;
				}
			};
			validator.setErrorHandler(errors);
			reader.setErrorHandler(errors);
			StandardOnly filter = new StandardOnly(reader);
			filter.setContentHandler(validator);
			filter.parse(new InputSource(in));
		} catch (SAXParseException e) {
			problems.add(OdmProblem.error(e.getLineNumber(), e.getColumnNumber(), "not well-formed XML: "
					+ e.getMessage()));
		} catch (SAXException | ParserConfigurationException e) {
			problems.add(OdmProblem.error(0, 0, "the file cannot be checked against the ODM schema: " + e.getMessage()));
		}
		return problems;
	}

	/** Passes on only elements and attributes of the ODM schema's own namespaces. */
	private static final class StandardOnly extends XMLFilterImpl {
		private int skipping;

		StandardOnly(XMLReader parent) {
			super(parent);
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
			if (skipping > 0 || !STANDARD.contains(uri)) {
				skipping++;
				return;
			}
			AttributesImpl kept = new AttributesImpl();
			for (int i = 0; i < atts.getLength(); i++) {
				if (STANDARD.contains(atts.getURI(i)) || "http://www.w3.org/2001/XMLSchema-instance".equals(atts.getURI(i))) {
					kept.addAttribute(atts.getURI(i), atts.getLocalName(i), atts.getQName(i), atts.getType(i),
							atts.getValue(i));
				}
			}
			super.startElement(uri, localName, qName, kept);
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			if (skipping > 0) {
				skipping--;
				return;
			}
			super.endElement(uri, localName, qName);
		}

		@Override
		public void characters(char[] ch, int start, int length) throws SAXException {
			if (skipping == 0) {
				super.characters(ch, start, length);
			}
		}
	}
}
