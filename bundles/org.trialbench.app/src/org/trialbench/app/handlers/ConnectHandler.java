package org.trialbench.app.handlers;

import java.io.IOException;
import java.util.Properties;

import jakarta.inject.Named;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.trialbench.core.WorkbenchSettings;
import org.trialbench.repository.RepositoryProvider;
import org.trialbench.ui.login.ConnectionDialog;
import org.trialbench.ui.session.WorkbenchSession;

/** File > Connect to Server...: logs in to a shared store and makes it this workbench's store from now on. */
public class ConnectHandler {
	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional WorkbenchSession workbench) {
		BundleContext bundles = FrameworkUtil.getBundle(ConnectHandler.class).getBundleContext();
		ServiceReference<RepositoryProvider> reference = bundles.getServiceReference(RepositoryProvider.class);
		RepositoryProvider provider = reference == null ? null : bundles.getService(reference);
		if (provider == null) {
			MessageDialog.openError(shell, "Connect to Server", "No trial store implementation is installed; "
					+ "reinstall Trialbench with its store bundle.");
			return;
		}
		Properties settings;
		try {
			settings = WorkbenchSettings.load();
		} catch (IOException e) {
			String message = "Could not read the settings " + WorkbenchSettings.file() + ": " + e.getMessage();
			ILog.of(ConnectHandler.class).error(message, e);
			MessageDialog.openError(shell, "Connect to Server", message + "; fix or delete the file.");
			return;
		}
		ConnectionDialog dialog = new ConnectionDialog(shell, provider, settings);
		if (dialog.open() == Window.OK && workbench != null) {
			workbench.close();
			workbench.connect(dialog.repository());
			workbench.open(dialog.session());
		} else if (dialog.session() != null) {
			dialog.session().close();
		}
	}
}
