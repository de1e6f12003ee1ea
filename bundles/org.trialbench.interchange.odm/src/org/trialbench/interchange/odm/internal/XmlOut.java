package org.trialbench.interchange.odm.internal;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.trialbench.interchange.odm.Odm;

/** A StAX writer in UTF-8 that indents, so that exported files stay readable and diffable; nothing is buffered. */
public final class XmlOut implements AutoCloseable {
	/** A line break and the tabs of each level an ODM file reaches, made once instead of at every element. */
	private static final String[] INDENTS = new String[16];
	static {
		for (int level = 0; level < INDENTS.length; level++) {
			INDENTS[level] = "\n" + "\t".repeat(level);
		}
	}

	private final XMLStreamWriter writer;
	private final Deque<Boolean> hasChildren = new ArrayDeque<>();
	/** Pure ODM: no Trialbench namespace, attributes or elements. */
	private final boolean plain;

	public XmlOut(OutputStream out) throws XMLStreamException {
		this(out, false);
	}

	public XmlOut(OutputStream out, boolean plain) throws XMLStreamException {
		this.plain = plain;
		writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
		writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
		writer.setDefaultNamespace(Odm.NS);
		writer.setPrefix(Odm.TB_PREFIX, Odm.TB);
	}

	public XmlOut root(String name) throws XMLStreamException {
		writer.writeCharacters("\n");
		writer.writeStartElement(Odm.NS, name);
		writer.writeDefaultNamespace(Odm.NS);
		if (!plain) {
			writer.writeNamespace(Odm.TB_PREFIX, Odm.TB);
		}
		hasChildren.push(false);
		return this;
	}

	public XmlOut start(String name) throws XMLStreamException {
		return start(Odm.NS, name);
	}

	public XmlOut start(String namespace, String name) throws XMLStreamException {
		if (plain && Odm.TB.equals(namespace)) {
			throw new IllegalStateException("a plain ODM file has no tb:" + name);
		}
		if (!hasChildren.isEmpty()) {
			hasChildren.pop();
			hasChildren.push(true);
		}
		indent(hasChildren.size());
		writer.writeStartElement(namespace, name);
		hasChildren.push(false);
		return this;
	}

	public XmlOut attr(String name, Object value) throws XMLStreamException {
		if (value != null) {
			writer.writeAttribute(name, value.toString());
		}
		return this;
	}

	/** Whether this file is pure ODM: Trialbench's extensions are left out. */
	public boolean plain() {
		return plain;
	}

	public XmlOut tb(String name, String value) throws XMLStreamException {
		if (value != null && !plain) {
			writer.writeAttribute(Odm.TB_PREFIX, Odm.TB, name, value);
		}
		return this;
	}

	public XmlOut lang(String value) throws XMLStreamException {
		writer.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", value);
		return this;
	}

	public XmlOut text(String text) throws XMLStreamException {
		writer.writeCharacters(text);
		return this;
	}

	/** An element holding only text. */
	public XmlOut element(String name, String text) throws XMLStreamException {
		start(name);
		writer.writeCharacters(text == null ? "" : text);
		hasChildren.pop();
		writer.writeEndElement();
		return this;
	}

	/** {@code <name><TranslatedText xml:lang="en">text</TranslatedText></name>} */
	public XmlOut translated(String name, String text) throws XMLStreamException {
		start(name);
		start("TranslatedText").lang("en");
		writer.writeCharacters(text == null ? "" : text);
		hasChildren.pop();
		writer.writeEndElement();
		return end();
	}

	public XmlOut end() throws XMLStreamException {
		boolean children = hasChildren.pop();
		if (children) {
			indent(hasChildren.size());
		}
		writer.writeEndElement();
		return this;
	}

	private void indent(int level) throws XMLStreamException {
		if (level < INDENTS.length) {
			writer.writeCharacters(INDENTS[level]);
		} else {
			writer.writeCharacters("\n" + "\t".repeat(level));
		}
	}

	public void flush() throws XMLStreamException {
		writer.flush();
	}

	@Override
	public void close() throws XMLStreamException {
		while (!hasChildren.isEmpty()) {
			end();
		}
		writer.writeCharacters("\n");
		writer.writeEndDocument();
		writer.flush();
		writer.close();
	}
}
