package org.trialbench.app.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An invented dictionary in the file shapes of a MedDRA ASCII distribution ('$'-delimited, codes 98xxxxxx, no
 * MedDRA content), for loading through File > Load MedDRA...: two lowest level terms under PT "Chest pain", one
 * under PT "Dysphagia".
 */
final class SyntheticMeddra {
	static final String VERSION = "98.1";

	private SyntheticMeddra() {
	}

	static Path writeTo(Path folder) throws IOException {
		Files.createDirectories(folder);
		String[][] files = { { "meddra_release.asc", VERSION + "$English$$$\n" },
				{ "soc.asc", "98400001$General disorders (invented)$Genrl$$$$$$$$\n"
						+ "98400002$Gastrointestinal disorders (invented)$Gastr$$$$$$$$\n" },
				{ "hlgt.asc", "98300001$Pain conditions$$$$$$$$\n98300002$Swallowing conditions$$$$$$$$\n" },
				{ "hlt.asc", "98200001$Chest pain types$$$$$$$$\n98200002$Swallowing difficulty$$$$$$$$\n" },
				{ "pt.asc", "98100001$Chest pain$$98400001$$$$$$$$\n98100002$Dysphagia$$98400002$$$$$$$$\n" },
				{ "llt.asc", "98000001$Retrosternal pain$98100001$$$$$$$Y$$\n"
						+ "98000002$Chest pain$98100001$$$$$$$Y$$\n"
						+ "98000003$Difficulty swallowing$98100002$$$$$$$Y$$\n" },
				{ "soc_hlgt.asc", "98400001$98300001$\n98400002$98300002$\n" },
				{ "hlgt_hlt.asc", "98300001$98200001$\n98300002$98200002$\n" },
				{ "hlt_pt.asc", "98200001$98100001$\n98200002$98100002$\n" } };
		for (String[] file : files) {
			Files.writeString(folder.resolve(file[0]), file[1], StandardCharsets.UTF_8);
		}
		return folder;
	}
}
