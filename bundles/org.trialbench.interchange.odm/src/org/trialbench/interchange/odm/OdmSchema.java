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
	/** Trialbench's extension schema, shipped in this bundle: redefines CDISC's foundation (see the file). */
	public static final String EXTENSION = "schema/trialbench-odm-1.0.xsd";
	public static final String EXTENSION_NAMESPACE = "schema/trialbench-ns-1.0.xsd";
	/** The CDISC file the extension schema redefines, beside ODM1-3-2.xsd as CDISC publishes them. */
	public static final String FOUNDATION = "ODM1-3-2-foundation.xsd";
	/** Namespaces the ODM schema itself defines or imports; everything else is a vendor extension. */
	private static final Set<String> STANDARD = Set.of(Odm.NS, "http://www.w3.org/2000/09/xmldsig#",
			XMLConstants.XML_NS_URI, "");

	private final Schema schema;
	private final String source;
	/** Namespaces passed on to the validator: the standard ones, and Trialbench's with the extension schema. */
	private final Set<String> kept;
	private final List<String> sources;

	private OdmSchema(Schema schema, String source) {
		this(schema, List.of(source), STANDARD);
	}

	private OdmSchema(Schema schema, List<String> sources, Set<String> kept) {
		this.schema = schema;
		this.source = sources.get(0);
		this.sources = sources;
		this.kept = kept;
	}

	/** The installed ODM 1.3.2 schema, if any (see the class comment). */
	public static Optional<OdmSchema> installed() throws IOException {
		Optional<URL> url = installedUrl();
		if (url.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(load(url.get()));
		} catch (SAXException e) {
			throw new IOException("The ODM schema at " + url.get() + " cannot be read: " + e.getMessage(), e);
		}
	}

	/**
	 * CDISC's installed ODM 1.3.2 schema with Trialbench's extension schema, which redefines CDISC's
	 * {@value #FOUNDATION} beside it, if CDISC's files are installed: what a full-fidelity Trialbench export is
	 * valid against.
	 */
	public static Optional<OdmSchema> installedWithExtension() throws IOException {
		Optional<URL> url = installedUrl();
		if (url.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(withExtension(url.get()));
		} catch (SAXException e) {
			throw new IOException("CDISC's ODM schema at " + url.get() + " with Trialbench's extension schema cannot be "
					+ "read: " + e.getMessage(), e);
		}
	}

	/**
	 * Trialbench's extension schema over the CDISC ODM 1.3.2 schema at {@code cdiscOdm} (ODM1-3-2.xsd, with
	 * {@value #FOUNDATION} beside it). The extension schema is read from this bundle but placed, for resolving its
	 * references, in CDISC's folder, so that it redefines the foundation found there.
	 */
	public static OdmSchema withExtension(URL cdiscOdm) throws SAXException, IOException {
		URL foundation = new URL(cdiscOdm, FOUNDATION);
		URL extension = OdmSchema.class.getClassLoader().getResource(EXTENSION);
		URL namespace = OdmSchema.class.getClassLoader().getResource(EXTENSION_NAMESPACE);
		if (extension == null || namespace == null) {
			throw new IOException("Trialbench's extension schema " + EXTENSION + " is missing from this installation");
		}
		SchemaFactory factory = factory();
		try (InputStream tbIn = namespace.openStream(); InputStream extIn = extension.openStream()) {
			javax.xml.transform.stream.StreamSource tb = new javax.xml.transform.stream.StreamSource(tbIn,
					namespace.toString());
			javax.xml.transform.stream.StreamSource ext = new javax.xml.transform.stream.StreamSource(extIn,
					new URL(cdiscOdm, "trialbench-odm-1.0.xsd").toString());
			Schema schema = factory.newSchema(new javax.xml.transform.Source[] { tb, ext });
			Set<String> kept = new java.util.HashSet<>(STANDARD);
			kept.add(Odm.TB);
			return new OdmSchema(schema, List.of(foundation.toString() + " (CDISC ODM 1.3.2, redefined by the next)",
					extension.toString() + " (Trialbench's extension schema)", namespace.toString()
							+ " (the Trialbench namespace " + Odm.TB + ")"), Set.copyOf(kept));
		}
	}

	private static SchemaFactory factory() throws SAXException {
		SchemaFactory factory = SchemaFactory.newDefaultInstance();
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,bundleresource,bundleentry");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file,jar,bundleresource,bundleentry");
		return factory;
	}

	private static Optional<URL> installedUrl() throws IOException {
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
		return Optional.ofNullable(url);
	}

	/** Loads a schema; the schema files are trusted, the documents validated against it are not. */
	public static OdmSchema load(URL url) throws SAXException {
		return new OdmSchema(factory().newSchema(url), url.toString());
	}

	public String source() {
		return source;
	}

	/** Every schema file this validation uses, with what each is. */
	public List<String> sources() {
		return sources;
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
			StandardOnly filter = new StandardOnly(reader, kept, problems);
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

	/**
	 * Passes on only elements and attributes of the kept namespaces (the ODM schema's own, and Trialbench's when its
	 * extension schema validates). A CodeList DataType "boolean", which ODM 1.3.2 does not allow for code lists and
	 * REDCap writes, is passed on as "text" and noted as a warning with its place. FormData directly in SubjectData,
	 * as REDCap writes a classic project's records, is checked as if inside a StudyEventData (the import places it in
	 * the one visit that holds its form, or refuses it), noted as a warning at its first place.
	 */
	private static final class StandardOnly extends XMLFilterImpl {
		private final Set<String> kept;
		private final List<OdmProblem> problems;
		private org.xml.sax.Locator locator;
		private int skipping;
		/** The ODM element the filter passed on last and has not ended, and whether a StudyEventData is made up. */
		private final java.util.Deque<String> open = new java.util.ArrayDeque<>();
		private boolean madeUpEvent;
		private boolean madeUpNoted;

		StandardOnly(XMLReader parent, Set<String> kept, List<OdmProblem> problems) {
			super(parent);
			this.kept = kept;
			this.problems = problems;
		}

		@Override
		public void setDocumentLocator(org.xml.sax.Locator locator) {
			this.locator = locator;
			super.setDocumentLocator(locator);
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
			if (skipping > 0 || !kept.contains(uri)) {
				skipping++;
				return;
			}
			AttributesImpl passed = new AttributesImpl();
			for (int i = 0; i < atts.getLength(); i++) {
				if (kept.contains(atts.getURI(i)) || "http://www.w3.org/2001/XMLSchema-instance".equals(atts.getURI(i))) {
					String value = atts.getValue(i);
					if (Odm.NS.equals(uri) && "CodeList".equals(localName) && "DataType".equals(atts.getLocalName(i))
							&& atts.getURI(i).isEmpty() && "boolean".equals(value)) {
						value = "text";
						problems.add(OdmProblem.warning(locator == null ? 0 : locator.getLineNumber(),
								locator == null ? 0 : locator.getColumnNumber(), "CodeList DataType=\"boolean\" (as "
										+ "REDCap writes it) is not ODM 1.3.2; checked and read as \"text\""));
					}
					passed.addAttribute(atts.getURI(i), atts.getLocalName(i), atts.getQName(i), atts.getType(i), value);
				}
			}
			boolean inSubject = Odm.NS.equals(uri) && "SubjectData".equals(open.peek());
			if (inSubject && "FormData".equals(localName) && !madeUpEvent) {
				AttributesImpl event = new AttributesImpl();
				event.addAttribute("", "StudyEventOID", "StudyEventOID", "CDATA", "FormData.without.StudyEventData");
				super.startElement(Odm.NS, "StudyEventData", prefixed(qName, "StudyEventData"), event);
				madeUpEvent = true;
				if (!madeUpNoted) {
					madeUpNoted = true;
					problems.add(OdmProblem.warning(locator == null ? 0 : locator.getLineNumber(),
							locator == null ? 0 : locator.getColumnNumber(), "FormData directly in SubjectData (as REDCap "
									+ "writes a classic project's records) is not ODM 1.3.2; checked as if inside a "
									+ "StudyEventData"));
				}
			} else if (inSubject && madeUpEvent && !"FormData".equals(localName)) {
				endMadeUpEvent(qName);
			}
			open.push(Odm.NS.equals(uri) ? localName : "");
			super.startElement(uri, localName, qName, passed);
		}

		private void endMadeUpEvent(String qName) throws SAXException {
			madeUpEvent = false;
			super.endElement(Odm.NS, "StudyEventData", prefixed(qName, "StudyEventData"));
		}

		private static String prefixed(String qName, String localName) {
			int colon = qName.indexOf(':');
			return colon < 0 ? localName : qName.substring(0, colon + 1) + localName;
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			if (skipping > 0) {
				skipping--;
				return;
			}
			open.pop();
			if (madeUpEvent && Odm.NS.equals(uri) && "SubjectData".equals(localName)) {
				endMadeUpEvent(qName);
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
