/*
 * Trialbench — EPL-2.0
 */
package org.trialbench.modelgen;

import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.Monitor;

/**
 * EMF's generator adapters, except that the bundle descriptors (META-INF/MANIFEST.MF, plugin.xml, build.properties,
 * and the model bundle's plugin.properties) are hand-written in Trialbench and must not be touched. EMF's versions
 * go to the reference project ({@code releng/org.trialbench.modelgen/target/reference/{model,edit}/}) instead, so
 * that new extensions (e.g. a new package's item provider factory) can be copied by hand.
 * The edit bundle's plugin.properties (labels) and plugin class are generated into the edit bundle as usual.
 */
final class BundleSafeGeneratorAdapterFactory extends GenModelGeneratorAdapterFactory
{
  static final GeneratorAdapterFactory.Descriptor DESCRIPTOR = BundleSafeGeneratorAdapterFactory::new;

  @Override
  public Adapter createGenModelAdapter()
  {
    if (genModelGeneratorAdapter == null)
    {
      genModelGeneratorAdapter = new BundleSafeGenModelAdapter(this);
    }
    return genModelGeneratorAdapter;
  }

  private static final class BundleSafeGenModelAdapter extends GenModelGeneratorAdapter
  {
    BundleSafeGenModelAdapter(GeneratorAdapterFactory factory)
    {
      super(factory);
    }

    @Override
    protected void generateModelManifest(GenModel genModel, Monitor monitor)
    {
      reference("model/META-INF/MANIFEST.MF", MODEL_MANIFEST_MF_ID, MANIFEST_ENCODING, monitor);
      reference("model/plugin.xml", MODEL_PLUGIN_XML_ID, MANIFEST_ENCODING, monitor);
    }

    @Override
    protected void generateModelBuildProperties(GenModel genModel, Monitor monitor)
    {
      reference("model/build.properties", MODEL_BUILD_PROPERTIES_ID, PROPERTIES_ENCODING, monitor);
    }

    @Override
    protected void generateModelPluginProperties(GenModel genModel, Monitor monitor)
    {
      reference("model/plugin.properties", MODEL_PLUGIN_PROPERTIES_ID, PROPERTIES_ENCODING, monitor);
    }

    @Override
    protected void generateEditManifest(GenModel genModel, Monitor monitor)
    {
      reference("edit/META-INF/MANIFEST.MF", EDIT_MANIFEST_MF_ID, MANIFEST_ENCODING, monitor);
      reference("edit/plugin.xml", EDIT_PLUGIN_XML_ID, MANIFEST_ENCODING, monitor);
    }

    @Override
    protected void generateEditBuildProperties(GenModel genModel, Monitor monitor)
    {
      reference("edit/build.properties", EDIT_BUILD_PROPERTIES_ID, PROPERTIES_ENCODING, monitor);
    }

    private void reference(String path, int emitterId, String encoding, Monitor monitor)
    {
      generateText
        ("/" + ModelGenerator.REFERENCE_PROJECT + "/" + path,
         getJETEmitter(getJETEmitterDescriptors(), emitterId),
         null,
         true,
         encoding,
         createMonitor(monitor, 1));
    }
  }
}
