package org.trialbench.safety.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tiny invented dictionary in the MedDRA ASCII file format (codes 99xxxxxx, plain clinical words; no MedDRA
 * content). PT 99100003 "Chest pain" sits under a gastrointestinal HLT and a cardiac HLT; its primary SOC is the
 * gastrointestinal one, so its primary path goes through HLT 99200002.
 */
final class SyntheticMeddra {
	static final String VERSION = "99.0";
	final Map<String, String> files = new LinkedHashMap<>();

	SyntheticMeddra() {
		files.put("meddra_release.asc", "99.0$English$$$\n");
		files.put("soc.asc", """
				99400001$Gastrointestinal disorders (synthetic)$Gastr$$$$$$$$
				99400002$Cardiac disorders (synthetic)$Card$$$$$$$$
				99400003$Infections (synthetic)$Infec$$$$$$$$
				""");
		files.put("hlgt.asc", """
				99300001$Oesophageal conditions$$$$$$$$
				99300002$Heart symptoms$$$$$$$$
				99300003$Respiratory infections$$$$$$$$
				""");
		files.put("hlt.asc", """
				99200001$Oesophageal injuries$$$$$$$$
				99200002$Oesophageal pain and discomfort$$$$$$$$
				99200003$Chest pains cardiac$$$$$$$$
				99200004$Lower respiratory tract infections$$$$$$$$
				""");
		files.put("pt.asc", """
				99100001$Oesophageal perforation$$99400001$$$$$$$$
				99100002$Oesophageal mucosal tear$$99400001$$$$$$$$
				99100003$Chest pain$$99400001$$$$$$$$
				99100004$Pneumonia aspiration$$99400003$$$$$$$$
				""");
		files.put("llt.asc", """
				99000001$Oesophageal perforation$99100001$$$$$$$Y$$
				99000002$Esophageal perforation$99100001$$$$$$$Y$$
				99000003$Perforation of oesophagus$99100001$$$$$$$Y$$
				99000004$Oesophageal mucosal tear$99100002$$$$$$$Y$$
				99000005$Chest pain$99100003$$$$$$$Y$$
				99000006$Retrosternal pain$99100003$$$$$$$Y$$
				99000007$Aspiration pneumonia$99100004$$$$$$$Y$$
				99000008$Oesophageal rupture old term$99100001$$$$$$$N$$
				""");
		files.put("soc_hlgt.asc", """
				99400001$99300001$
				99400002$99300002$
				99400003$99300003$
				""");
		files.put("hlgt_hlt.asc", """
				99300001$99200001$
				99300001$99200002$
				99300002$99200003$
				99300003$99200004$
				""");
		files.put("hlt_pt.asc", """
				99200001$99100001$
				99200001$99100002$
				99200003$99100003$
				99200002$99100003$
				99200004$99100004$
				""");
	}

	SyntheticMeddra replace(String file, String content) {
		files.put(file, content);
		return this;
	}

	SyntheticMeddra remove(String file) {
		files.remove(file);
		return this;
	}

	Path writeTo(Path dir) throws IOException {
		Files.createDirectories(dir);
		for (Map.Entry<String, String> file : files.entrySet()) {
			Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
		}
		return dir;
	}
}
