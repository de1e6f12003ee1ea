package org.trialbench.interchange.odm.internal;

import java.io.InputStream;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.trialbench.interchange.odm.Odm;
import org.trialbench.interchange.odm.OdmProblem;

/**
 * A StAX reader that refuses what an ODM file never needs and an attacker would use: any DOCTYPE (so no entity
 * expansion and no external entities), absurd nesting, and attribute or text values larger than
 * {@link #MAX_VALUE} characters. Walks the tree by depth so that callers skip what they do not read.
 */
public final class OdmCursor implements AutoCloseable {
	/** Largest attribute value or element text accepted, in characters. */
	public static final int MAX_VALUE = 1_000_000;
	public static final int MAX_DEPTH = 64;

	private final XMLStreamReader reader;
	private int depth;
	private int event;

	private OdmCursor(XMLStreamReader reader) {
		this.reader = reader;
	}

	public static XMLInputFactory inputFactory() {
		// the JDK's own parser, whatever StAX implementation another bundle might offer
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		return factory;
	}

	/** Opens the stream; the encoding is taken from the byte order mark or the XML declaration. */
	public static OdmCursor open(InputStream in) throws OdmSyntaxException {
		try {
			return new OdmCursor(inputFactory().createXMLStreamReader(in));
		} catch (XMLStreamException e) {
			throw syntax(e);
		}
	}

	public int depth() {
		return depth;
	}

	public int line() {
		Location location = reader.getLocation();
		return location == null ? 0 : Math.max(0, location.getLineNumber());
	}

	public int column() {
		Location location = reader.getLocation();
		return location == null ? 0 : Math.max(0, location.getColumnNumber());
	}

	public OdmProblem error(String message) {
		return OdmProblem.error(line(), column(), message);
	}

	public OdmProblem warning(String message) {
		return OdmProblem.warning(line(), column(), message);
	}

	private int next() throws OdmSyntaxException {
		try {
			event = reader.next();
		} catch (XMLStreamException | RuntimeException e) {
			throw syntax(e);
		}
		switch (event) {
		case XMLStreamConstants.DTD -> throw new OdmSyntaxException(error(
				"a DOCTYPE declaration is not allowed in an ODM file (entity expansion and external entities are refused)"));
		case XMLStreamConstants.ENTITY_REFERENCE -> throw new OdmSyntaxException(
				error("the entity reference &" + reader.getLocalName() + "; is not allowed in an ODM file"));
		case XMLStreamConstants.START_ELEMENT -> {
			depth++;
			if (depth > MAX_DEPTH) {
				throw new OdmSyntaxException(error("elements are nested deeper than " + MAX_DEPTH
						+ " levels; an ODM file needs fewer than 15"));
			}
			for (int i = 0; i < reader.getAttributeCount(); i++) {
				int length = reader.getAttributeValue(i).length();
				if (length > MAX_VALUE) {
					throw new OdmSyntaxException(error("the attribute " + reader.getAttributeLocalName(i) + " of "
							+ reader.getLocalName() + " is " + length + " characters long; at most " + MAX_VALUE
							+ " are accepted"));
				}
			}
		}
		case XMLStreamConstants.END_ELEMENT -> depth--;
		case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
			if (reader.getTextLength() > MAX_VALUE) {
				throw new OdmSyntaxException(error("a text of " + reader.getTextLength() + " characters; at most "
						+ MAX_VALUE + " are accepted"));
			}
		}
		default -> {
			// comments, processing instructions, white space
		}
		}
		return event;
	}

	/** Moves to the document's root element. */
	public void root() throws OdmSyntaxException {
		while (next() != XMLStreamConstants.START_ELEMENT) {
			if (event == XMLStreamConstants.END_DOCUMENT) {
				throw new OdmSyntaxException(error("the file holds no XML element"));
			}
		}
	}

	/**
	 * Moves to the next child of the element that was open at {@code parentDepth}; false once that element ends.
	 * Children the caller did not read are skipped with everything in them.
	 */
	public boolean child(int parentDepth) throws OdmSyntaxException {
		while (true) {
			if (depth < parentDepth) {
				return false;
			}
			int e = next();
			if (e == XMLStreamConstants.START_ELEMENT && depth == parentDepth + 1) {
				return true;
			}
			if (e == XMLStreamConstants.END_ELEMENT && depth < parentDepth) {
				return false;
			}
			if (e == XMLStreamConstants.END_DOCUMENT) {
				return false;
			}
		}
	}

	/** The text of the current element, which must hold no elements; leaves the cursor at its end. */
	public String text() throws OdmSyntaxException {
		int open = depth;
		StringBuilder text = new StringBuilder();
		while (true) {
			int e = next();
			if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
					|| e == XMLStreamConstants.SPACE) {
				text.append(reader.getText());
				if (text.length() > MAX_VALUE) {
					throw new OdmSyntaxException(error("a text longer than " + MAX_VALUE + " characters"));
				}
			} else if (e == XMLStreamConstants.START_ELEMENT) {
				// e.g. TranslatedText inside Question: take the first text inside
				String inner = text();
				if (text.isEmpty()) {
					text.append(inner);
				}
			} else if (e == XMLStreamConstants.END_ELEMENT && depth < open) {
				return text.toString().strip();
			}
		}
	}

	public boolean isOdm(String localName) {
		return Odm.NS.equals(reader.getNamespaceURI()) && localName.equals(reader.getLocalName());
	}

	public boolean isTb(String localName) {
		return Odm.TB.equals(reader.getNamespaceURI()) && localName.equals(reader.getLocalName());
	}

	public String namespace() {
		return reader.getNamespaceURI();
	}

	public String localName() {
		return reader.getLocalName();
	}

	/** An ODM attribute (no namespace). */
	public String attr(String name) {
		String value = reader.getAttributeValue(null, name);
		return value == null || value.isEmpty() ? null : value;
	}

	public String attr(String namespace, String name) {
		return reader.getAttributeValue(namespace, name);
	}

	public int attributeCount() {
		return reader.getAttributeCount();
	}

	public String attributeNamespace(int i) {
		return reader.getAttributeNamespace(i);
	}

	public String attributeName(int i) {
		return reader.getAttributeLocalName(i);
	}

	public String attributeValue(int i) {
		return reader.getAttributeValue(i);
	}

	public boolean hasTbAttributes() {
		for (int i = 0; i < reader.getAttributeCount(); i++) {
			if (Odm.TB.equals(reader.getAttributeNamespace(i))) {
				return true;
			}
		}
		return false;
	}

	static OdmSyntaxException syntax(Exception e) {
		passThrough(e);
		int line = 0;
		int column = 0;
		if (e instanceof XMLStreamException x && x.getLocation() != null) {
			line = Math.max(0, x.getLocation().getLineNumber());
			column = Math.max(0, x.getLocation().getColumnNumber());
		}
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		int at = message.indexOf("Message: ");
		if (at >= 0) {
			message = message.substring(at + "Message: ".length());
		}
		return new OdmSyntaxException(OdmProblem.error(line, column, "not well-formed XML: " + message.strip()));
	}

	/**
	 * The parser wraps whatever its input stream throws: a cancel (the stream checks the progress monitor) and a
	 * failure to read the file are not faults of the file and must not be reported as such (a writing pass would
	 * otherwise stop early and look finished). Wrong encodings are faults of the file and stay syntax errors.
	 */
	private static void passThrough(Throwable e) {
		java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		for (Throwable cause = e; cause != null && seen.add(cause); cause = next(cause)) {
			if (cause instanceof org.eclipse.core.runtime.OperationCanceledException cancel) {
				throw cancel;
			}
			if (cause instanceof java.io.IOException io && !(cause instanceof java.io.CharConversionException)
					&& !(cause instanceof java.nio.charset.CharacterCodingException)) {
				throw new java.io.UncheckedIOException(io);
			}
		}
	}

	private static Throwable next(Throwable e) {
		if (e instanceof XMLStreamException x && x.getNestedException() != null) {
			return x.getNestedException();
		}
		return e.getCause();
	}

	@Override
	public void close() {
		try {
			reader.close();
		} catch (XMLStreamException e) {
			// nothing to release beyond the reader; the caller closes the stream
		}
	}
}
