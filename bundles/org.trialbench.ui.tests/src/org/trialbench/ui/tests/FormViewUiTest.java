package org.trialbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialbench.clinical.ClinicalPackage;
import org.trialbench.clinical.FormRecord;
import org.trialbench.clinical.ItemValue;
import org.trialbench.clinical.MissingCode;
import org.trialbench.clinical.QueryStatus;
import org.trialbench.clinical.SdvState;
import org.trialbench.protocol.ItemDataType;
import org.trialbench.ui.forms.FormView;
import org.trialbench.ui.labels.Icons;
import org.trialbench.ui.labels.ValueText;
import org.trialbench.ui.navigator.NavigatorLabels;

/**
 * The form view on real SWT widgets. A tiny validator stands in for the model's: it flags integers outside the
 * item's range and unsigned forms, so that the marker path is tested whatever the real validator checks.
 */
class FormViewUiTest {
	private Shell shell;
	private PoemTrial data;
	private Object previousValidator;
	private FormView view;

	/** Integers outside min..max are errors on their item value; a form without signature is a warning on the form. */
	static final EValidator RANGE_CHECK = new EValidator() {
		@Override
		public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
			return validate(object.eClass(), object, diagnostics, context);
		}

		@Override
		public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics,
				Map<Object, Object> context) {
			if (object instanceof ItemValue value && value.getDefinition() != null && value.getValue() != null
					&& value.getDefinition().getDataType() == ItemDataType.INTEGER && value.getDefinition().isSetMax()) {
				BigDecimal number = new BigDecimal(value.getValue());
				var item = value.getDefinition();
				if (number.compareTo(item.getMin()) < 0 || number.compareTo(item.getMax()) > 0) {
					diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, "test", 1, item.getName() + " "
							+ value.getValue() + " is outside " + item.getMin() + "-" + item.getMax(), new Object[] { value }));
					return false;
				}
			}
			if (object instanceof FormRecord form && form.getSignature() == null) {
				diagnostics.add(new BasicDiagnostic(Diagnostic.WARNING, "test", 2, "The form is not signed yet",
						new Object[] { form }));
			}
			return true;
		}

		@Override
		public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics,
				Map<Object, Object> context) {
			return true;
		}
	};

	@BeforeEach
	void open() {
		previousValidator = EValidator.Registry.INSTANCE.get(ClinicalPackage.eINSTANCE);
		EValidator.Registry.INSTANCE.put(ClinicalPackage.eINSTANCE, RANGE_CHECK);
		shell = new Shell(Ui.display());
		shell.setLayout(new FillLayout());
		shell.setSize(1300, 500);
		data = new PoemTrial();
		view = new FormView(shell, ValueText.defaults());
		shell.layout();
		shell.open();
	}

	@AfterEach
	void close() {
		shell.dispose();
		if (previousValidator == null) {
			EValidator.Registry.INSTANCE.remove(ClinicalPackage.eINSTANCE);
		} else {
			EValidator.Registry.INSTANCE.put(ClinicalPackage.eINSTANCE, previousValidator);
		}
		Ui.spin(20);
	}

	private static List<String> row(TableItem item) {
		List<String> texts = new ArrayList<>();
		for (int column = 0; column < item.getParent().getColumnCount(); column++) {
			texts.add(item.getText(column));
		}
		return texts;
	}

	@Test
	void showsItemsInDefinitionOrderWithDecodedValuesUnitsAndSdv() {
		FormRecord form = data.form("01-0001", data.eckardt);
		ItemValue total = form.getItemValues().remove(4);
		form.getItemValues().add(0, total); // stored order must not matter
		view.show(form);
		Ui.spin(20);

		assertEquals("Eckardt score", view.titleLabel().getText());
		assertEquals("Subject 01-0001, Screening 2026-01-12, in progress", view.detailsLabel().getText());
		Table table = view.viewer().getTable();
		assertEquals(5, table.getItemCount());
		assertEquals(List.of("Dysphagia", "daily (2)", "", "", "", "pending", "", ""),
				row(table.getItem(0)));
		assertEquals("occasional (1)", table.getItem(1).getText(FormView.VALUE));
		assertEquals("none (0)", table.getItem(3).getText(FormView.VALUE));
		assertEquals(List.of("Eckardt total", "4", "", "", "", "pending", "", "derived"), row(table.getItem(4)));
		assertEquals(NavigatorLabels.greyed(), table.getItem(4).getForeground(FormView.VALUE), "derived rows are greyed");
		assertSame(Icons.get(Icons.ITEM), table.getItem(0).getImage(FormView.ITEM));
		assertNull(table.getItem(0).getImage(FormView.CHECK));
	}

	@Test
	void formatsEachDataType() {
		view.show(data.form("01-0001", data.baseline));
		Ui.spin(20);
		Table table = view.viewer().getTable();
		assertEquals(List.of("Weight", "72.5", "kg"), row(table.getItem(0)).subList(0, 3));
		assertEquals("2026-01-08", table.getItem(1).getText(FormView.VALUE));
		assertEquals("yes", table.getItem(2).getText(FormView.VALUE));
	}

	@Test
	void marksAnInvalidValueWithItsValidationMessage() {
		FormRecord form = data.form("01-0003", data.eckardt);
		form.getItemValues().get(2).setValue("7");
		view.show(form);
		Ui.spin(20);

		Table table = view.viewer().getTable();
		TableItem pain = table.getItem(2);
		assertEquals("7", pain.getText(FormView.VALUE), "a code outside the list is shown as stored");
		assertEquals("Retrosternal pain 7 is outside 0-3", pain.getText(FormView.CHECK));
		assertSame(Icons.get(Icons.ERROR), pain.getImage(FormView.CHECK));
		assertSame(Icons.get(Icons.ERROR), pain.getImage(FormView.ITEM), "the item carries the marker too");
		assertEquals("", table.getItem(1).getText(FormView.CHECK), "other items are clean");
		assertTrue(view.summaryLabel().getText().startsWith("1 error, 1 warning"), view.summaryLabel().getText());
		assertTrue(view.summaryLabel().getText().contains("The form is not signed yet"),
				"a finding about the form is shown with the form: " + view.summaryLabel().getText());
		assertSame(Icons.get(Icons.ERROR), view.summaryLabel().getImage());
	}

	@Test
	void findingsNamingAnItemDefinitionGoOnItsRowEvenWithoutAValue() {
		FormRecord form = data.form("01-0001", data.eckardt);
		ItemValue weightLoss = form.getItemValues().get(3);
		form.getItemValues().remove(weightLoss);
		EValidator required = new EValidator() {
			@Override
			public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
				return validate(object.eClass(), object, diagnostics, context);
			}

			@Override
			public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics,
					Map<Object, Object> context) {
				if (object instanceof FormRecord) {
					diagnostics.add(new BasicDiagnostic(Diagnostic.WARNING, "test", 3, "Weight loss is required",
							new Object[] { object, data.weightLoss }));
				}
				return true;
			}

			@Override
			public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics,
					Map<Object, Object> context) {
				return true;
			}
		};
		EValidator.Registry.INSTANCE.put(ClinicalPackage.eINSTANCE, required);
		view.show(form);
		Ui.spin(20);
		TableItem row = view.viewer().getTable().getItem(3);
		assertEquals(List.of("Weight loss", "", "", "Weight loss is required", "", "", "", ""), row(row));
		assertSame(Icons.get(Icons.WARNING), row.getImage(FormView.CHECK));
		assertEquals("1 warning", view.summaryLabel().getText());
	}

	@Test
	void showsMissingCodesSdvStatesAndOpenQueries() {
		FormRecord form = data.form("01-0001", data.eckardt);
		ItemValue dysphagia = form.getItemValues().get(0);
		dysphagia.setSdvState(SdvState.VERIFIED);
		PoemTrial.query(dysphagia, QueryStatus.OPEN);
		PoemTrial.query(dysphagia, QueryStatus.ANSWERED);
		PoemTrial.query(dysphagia, QueryStatus.CLOSED);
		ItemValue regurgitation = form.getItemValues().get(1);
		regurgitation.setValue(null);
		regurgitation.setMissingCode(MissingCode.NOT_DONE);
		regurgitation.setSdvState(SdvState.CHANGED_SINCE_VERIFICATION);
		view.show(form);
		Ui.spin(20);
		Table table = view.viewer().getTable();
		TableItem dysphagiaRow = table.getItem(0);
		assertEquals("daily (2)", dysphagiaRow.getText(FormView.VALUE));
		assertEquals("", dysphagiaRow.getText(FormView.MISSING));
		assertEquals("verified", dysphagiaRow.getText(FormView.SDV));
		assertEquals("2", dysphagiaRow.getText(FormView.QUERIES), "open and answered queries, not closed ones");
		TableItem regurgitationRow = table.getItem(1);
		assertEquals("", regurgitationRow.getText(FormView.VALUE));
		assertEquals("not done", regurgitationRow.getText(FormView.MISSING));
		assertEquals("changed since verification", regurgitationRow.getText(FormView.SDV));
		assertEquals("", regurgitationRow.getText(FormView.QUERIES));
	}

	@Test
	void showsAMessageInsteadOfAForm() {
		view.showMessage("Subject 01-0009 is no longer visible to you", Diagnostic.WARNING);
		assertEquals("Subject 01-0009 is no longer visible to you", view.summaryLabel().getText());
		assertSame(Icons.get(Icons.WARNING), view.summaryLabel().getImage());
		assertEquals(0, view.viewer().getTable().getItemCount());
	}
}
