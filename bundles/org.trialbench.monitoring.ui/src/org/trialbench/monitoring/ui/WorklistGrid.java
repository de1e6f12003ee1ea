package org.trialbench.monitoring.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.coordinate.Range;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.trialbench.clinical.SdvState;
import org.trialbench.monitoring.WorklistColumn;
import org.trialbench.monitoring.WorklistRow;

/**
 * The SDV worklist as a NatTable grid: only the visible rows are painted, so tens of thousands of rows scroll
 * smoothly. Rows are coloured by SDV state; a click on a column header sorts (again: descending, a third time:
 * worklist order); arrow keys, Shift and Ctrl select; Ctrl+Enter asks to verify the selection.
 */
final class WorklistGrid {

	private static final WorklistColumn[] COLUMNS = WorklistColumn.values();

	private final List<WorklistRow> unsorted = new ArrayList<>();
	private final List<WorklistRow> rows = new ArrayList<>();
	private final NatTable table;
	private final SelectionLayer selection;
	private final Sorting sorting = new Sorting();

	WorklistGrid(Composite parent, Consumer<List<WorklistRow>> verifyRequest,
			java.util.function.Function<WorklistRow, String> valueLabel) {
		IColumnAccessor<WorklistRow> accessor = new IColumnAccessor<>() {
			@Override
			public Object getDataValue(WorklistRow row, int column) {
				return COLUMNS[column] == WorklistColumn.VALUE ? valueLabel.apply(row) : COLUMNS[column].text(row);
			}

			@Override
			public void setDataValue(WorklistRow row, int column, Object value) {
				// read-only: verification goes through the Verify action, values through data entry
			}

			@Override
			public int getColumnCount() {
				return COLUMNS.length;
			}
		};
		ListDataProvider<WorklistRow> body = new ListDataProvider<>(rows, accessor);
		DataLayer bodyData = new DataLayer(body);
		bodyData.setColumnWidthByPosition(WorklistColumn.ITEM.ordinal(), 170);
		bodyData.setColumnWidthByPosition(WorklistColumn.FORM.ordinal(), 170);
		bodyData.setColumnWidthByPosition(WorklistColumn.PLAN.ordinal(), 230);
		// "changed after verification" in full, not cut off; the form column gives the width
		bodyData.setColumnWidthByPosition(WorklistColumn.STATE.ordinal(), 200);
		bodyData.setColumnWidthByPosition(WorklistColumn.VERIFIED_AT.ordinal(), 120);
		bodyData.setColumnWidthByPosition(WorklistColumn.SITE.ordinal(), 45);
		bodyData.setConfigLabelAccumulator((labels, column, row) -> {
			if (row >= 0 && row < rows.size()) {
				labels.addLabel("STATE_" + rows.get(row).state().getName());
			}
		});
		selection = new SelectionLayer(bodyData);
		ViewportLayer viewport = new ViewportLayer(selection);
		String[] titles = new String[COLUMNS.length];
		for (int i = 0; i < COLUMNS.length; i++) {
			titles[i] = COLUMNS[i].title();
		}
		DefaultColumnHeaderDataProvider headerData = new DefaultColumnHeaderDataProvider(titles);
		DataLayer headerDataLayer = new DataLayer(headerData);
		ColumnHeaderLayer header = new ColumnHeaderLayer(headerDataLayer, viewport, selection);
		SortHeaderLayer<WorklistRow> sortHeader = new SortHeaderLayer<>(header, sorting);
		DefaultRowHeaderDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(body);
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowHeaderData), viewport, selection);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)),
				rowHeader, sortHeader);
		GridLayer grid = new GridLayer(viewport, sortHeader, rowHeader, corner);
		table = new NatTable(parent, grid, false);
		table.setConfigRegistry(new ConfigRegistry());
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.addConfiguration(new SingleClickSortConfiguration());
		table.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				state(registry, SdvState.PENDING, new Color(255, 244, 214));
				state(registry, SdvState.CHANGED_SINCE_VERIFICATION, new Color(255, 214, 214));
				state(registry, SdvState.VERIFIED, new Color(222, 244, 222));
				state(registry, SdvState.NOT_REQUIRED, new Color(246, 246, 246));
			}

			@Override
			public void configureUiBindings(UiBindingRegistry bindings) {
				bindings.registerFirstKeyBinding(new KeyEventMatcher(SWT.MOD1, SWT.CR),
						(natTable, event) -> verifyRequest.accept(selected()));
				bindings.registerFirstKeyBinding(new KeyEventMatcher(SWT.MOD1, SWT.KEYPAD_CR),
						(natTable, event) -> verifyRequest.accept(selected()));
			}
		});
		table.configure();
	}

	private static void state(IConfigRegistry registry, SdvState state, Color background) {
		Style style = new Style();
		style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, background);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL,
				"STATE_" + state.getName());
	}

	NatTable control() {
		return table;
	}

	/**
	 * Shows these rows (in worklist order, then sorted as the user last chose). The rows the user had selected stay
	 * selected where they are still shown: a reload (after a verification, or another user's commit) must not drop a
	 * selection the user just made.
	 */
	void show(List<WorklistRow> shown) {
		java.util.Set<String> kept = new java.util.HashSet<>();
		selected().forEach(row -> kept.add(row.id()));
		unsorted.clear();
		unsorted.addAll(shown);
		sorting.apply();
		// the refresh's structural event clears the selection layer's selection: select again after it
		table.refresh();
		selection.clear();
		for (int row = 0; row < rows.size(); row++) {
			if (kept.contains(rows.get(row).id())) {
				selection.selectRow(0, row, false, true);
			}
		}
	}

	List<WorklistRow> rows() {
		return List.copyOf(rows);
	}

	/** Rows with any selected cell, in grid order. */
	List<WorklistRow> selected() {
		java.util.SortedSet<Integer> indexes = new java.util.TreeSet<>();
		for (Range range : selection.getSelectedRowPositions()) {
			for (int position = range.start; position < range.end; position++) {
				int index = selection.getRowIndexByPosition(position);
				if (index >= 0 && index < rows.size()) {
					indexes.add(index);
				}
			}
		}
		return indexes.stream().map(rows::get).toList();
	}

	void selectRows(int from, int to) {
		selection.clear();
		for (int row = from; row <= to && row < rows.size(); row++) {
			selection.selectRow(0, row, false, true);
		}
	}

	void sortBy(WorklistColumn column, SortDirectionEnum direction) {
		sorting.sort(column.ordinal(), direction, false);
		table.refresh();
	}

	/** One sorted column at a time; sorting keeps the worklist order among equal rows. */
	private final class Sorting implements ISortModel {
		private int column = -1;
		private SortDirectionEnum direction = SortDirectionEnum.NONE;

		@Override
		public List<Integer> getSortedColumnIndexes() {
			return column < 0 ? List.of() : List.of(column);
		}

		@Override
		public boolean isColumnIndexSorted(int index) {
			return index == column && direction != SortDirectionEnum.NONE;
		}

		@Override
		public SortDirectionEnum getSortDirection(int index) {
			return index == column ? direction : SortDirectionEnum.NONE;
		}

		@Override
		public int getSortOrder(int index) {
			return index == column ? 0 : -1;
		}

		@SuppressWarnings("rawtypes")
		@Override
		public List<Comparator> getComparatorsForColumnIndex(int index) {
			return List.of(COLUMNS[index].order());
		}

		@Override
		public Comparator<?> getColumnComparator(int index) {
			return COLUMNS[index].order();
		}

		@Override
		public void sort(int index, SortDirectionEnum newDirection, boolean accumulate) {
			column = newDirection == SortDirectionEnum.NONE ? -1 : index;
			direction = newDirection;
			apply();
		}

		@Override
		public void clear() {
			column = -1;
			direction = SortDirectionEnum.NONE;
			apply();
		}

		void apply() {
			List<WorklistRow> sorted = new ArrayList<>(unsorted);
			if (column >= 0 && direction != SortDirectionEnum.NONE) {
				Comparator<WorklistRow> order = COLUMNS[column].order();
				sorted.sort(direction == SortDirectionEnum.DESC ? order.reversed() : order);
			}
			rows.clear();
			rows.addAll(sorted);
		}
	}
}
