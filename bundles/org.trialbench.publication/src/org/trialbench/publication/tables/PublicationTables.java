package org.trialbench.publication.tables;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.trialbench.publication.AnalysisDataset;
import org.trialbench.publication.Population;
import org.trialbench.publication.pictures.ConsortDiagram;
import org.trialbench.publication.pictures.EckardtOverTime;
import org.trialbench.publication.pictures.KaplanMeierFigure;

/**
 * All tables of the paper from one dataset, in the order the paper shows them. The population chooses the
 * analysis population of Table 1 and the secondary outcomes and subgroups; the primary outcome is always shown in
 * ITT and per protocol, harms always in the safety population; time to treatment failure in the chosen population.
 */
public final class PublicationTables {

	private PublicationTables() {
	}

	public static List<PublicationTable> of(AnalysisDataset data, Population population, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Computing the publication tables", 7);
		List<PublicationTable> tables = new ArrayList<>();
		ConsortFlow flow = ConsortFlow.of(data);
		tables.add(flow.table(data, ConsortDiagram.render(flow)));
		step(progress, "Table 1");
		tables.add(BaselineTable.of(data, population, BaselineVariable.poemBtx()));
		step(progress, "Table 2");
		tables.add(PrimaryOutcomeTable.of(data));
		step(progress, "Table 3");
		PublicationTable secondary = SecondaryOutcomesTable.of(data, population);
		tables.add(new PublicationTable(secondary.sheetName(), secondary.title(), secondary.columns(),
				secondary.header(), secondary.rows(), secondary.footnotes(),
				List.of(EckardtOverTime.render(data, population, SecondaryOutcomesTable.visits(data)))));
		step(progress, "Table 4");
		tables.add(SubgroupTable.of(data, population));
		step(progress, "Table 5");
		tables.add(HarmsTable.of(data));
		step(progress, "Table 6");
		if (data.arms().size() == 2) {
			Durability durability = Durability.of(data, population);
			tables.add(TimeToFailureTable.of(data, durability, KaplanMeierFigure.render(data, durability)));
		}
		step(progress, "done");
		return tables;
	}

	private static void step(SubMonitor progress, String next) {
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		progress.subTask(next);
		progress.worked(1);
	}
}
