/*
 * Trialbench — EPL-2.0
 */
package org.trialbench.modelgen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs the EMF code generator outside Eclipse on {@code bundles/org.trialbench.model/model/trialbench.genmodel}.
 *
 * <ol>
 * <li>Maps the workspace paths of the genmodel ({@code /org.trialbench.model}, {@code /org.trialbench.model.edit})
 * to the folders under {@code bundles/}, and {@code platform:/plugin/org.eclipse.emf.ecore} to the Ecore jar.</li>
 * <li>Reconciles the genmodel with the .ecore files (new classes and features get default settings, removed ones
 * are dropped) and writes the genmodel back when that changed it.</li>
 * <li>Generates the model and edit code into the two {@code src-gen} folders. Existing files are merged by JMerge,
 * so members marked {@code @generated NOT} survive.</li>
 * <li>Never writes MANIFEST.MF, plugin.xml or build.properties into the bundles (they are hand-written); EMF's
 * versions of those go to {@code target/reference/} of this project for comparison.</li>
 * <li>Deletes generated Java files that the model no longer produces, unless they hold {@code @generated NOT}
 * code, which is reported instead.</li>
 * </ol>
 *
 * Argument: the repository root (default: the current directory).
 */
public final class ModelGenerator
{
  static final String MODEL_PROJECT = "org.trialbench.model";
  static final String EDIT_PROJECT = "org.trialbench.model.edit";
  static final String REFERENCE_PROJECT = "org.trialbench.modelgen.reference";
  private static final String GENMODEL_PATH = "/" + MODEL_PROJECT + "/model/trialbench.genmodel";

  private final Path root;
  private final Path referenceDir;
  private final Set<Path> visited = new HashSet<>();

  private ModelGenerator(Path root)
  {
    this.root = root;
    this.referenceDir = root.resolve("releng/org.trialbench.modelgen/target/reference");
  }

  public static void main(String[] args) throws Exception
  {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    if (!Files.isDirectory(root.resolve("bundles/" + MODEL_PROJECT + "/model")))
    {
      throw new IllegalArgumentException("Not the Trialbench repository root (no bundles/" + MODEL_PROJECT + "/model): " + root);
    }
    new ModelGenerator(root).run();
  }

  private void run() throws IOException
  {
    registerEmf();
    deleteTree(referenceDir);

    ResourceSet resourceSet = new ResourceSetImpl();
    // Records every file the generator looks at, so that files it no longer produces can be found afterwards.
    resourceSet.getURIConverter().getURIHandlers().add(0, new URIHandlerImpl()
      {
        @Override
        public boolean canHandle(URI uri)
        {
          if (uri.isFile())
          {
            visited.add(Path.of(uri.toFileString()).toAbsolutePath().normalize());
          }
          return false;
        }
      });

    URI genModelUri = URI.createPlatformResourceURI(GENMODEL_PATH, true);
    Resource genModelResource = resourceSet.getResource(genModelUri, true);
    GenModel genModel = (GenModel)genModelResource.getContents().get(0);

    genModel.reconcile();
    if (!genModel.getMissingPackages().isEmpty())
    {
      throw new IllegalStateException("The genmodel refers to packages it cannot generate or find: " + genModel.getMissingPackages());
    }
    check(genModel.diagnose(), "The genmodel is not valid");
    saveIfChanged(genModelResource);

    genModel.setCanGenerate(true);
    genModel.setValidateModel(false);
    Generator generator = new Generator();
    generator.setInput(genModel);
    check(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, "model", new BasicMonitor()), "Model generation failed");
    check(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, "edit", new BasicMonitor()), "Edit generation failed");

    removeStaleFiles(root.resolve("bundles/" + MODEL_PROJECT + "/src-gen"));
    removeStaleFiles(root.resolve("bundles/" + EDIT_PROJECT + "/src-gen"));
    System.out.println("Trialbench model and edit code generated into bundles/" + MODEL_PROJECT + "/src-gen and bundles/"
      + EDIT_PROJECT + "/src-gen; EMF's MANIFEST.MF, plugin.xml and build.properties for reference in " + root.relativize(referenceDir));
  }

  private void registerEmf()
  {
    EcorePackage.eINSTANCE.eClass();
    GenModelPackage.eINSTANCE.eClass();
    Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new XMIResourceFactoryImpl());
    factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());

    mapProject(MODEL_PROJECT, root.resolve("bundles/" + MODEL_PROJECT));
    mapProject(EDIT_PROJECT, root.resolve("bundles/" + EDIT_PROJECT));
    mapProject(REFERENCE_PROJECT, referenceDir);

    // The genmodel uses Ecore's own genmodel for EString, EInt, ...; it ships inside the Ecore jar.
    URIConverter.URI_MAP.put(URI.createURI("platform:/plugin/org.eclipse.emf.ecore/"), jarRoot(EcorePackage.class));

    GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI, BundleSafeGeneratorAdapterFactory.DESCRIPTOR);
  }

  private static void mapProject(String project, Path folder)
  {
    URI folderUri = URI.createFileURI(folder.toAbsolutePath().normalize().toString()).appendSegment("");
    EcorePlugin.getPlatformResourceMap().put(project, folderUri);
    URIConverter.URI_MAP.put(URI.createPlatformResourceURI("/" + project + "/", false), folderUri);
  }

  private static URI jarRoot(Class<?> type)
  {
    try
    {
      Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isDirectory(jar)
        ? URI.createFileURI(jar.toString()).appendSegment("")
        : URI.createURI("archive:" + URI.createFileURI(jar.toString()) + "!/");
    }
    catch (URISyntaxException e)
    {
      throw new IllegalStateException(e);
    }
  }

  private static void check(Diagnostic diagnostic, String what)
  {
    if (diagnostic.getSeverity() >= Diagnostic.ERROR)
    {
      StringBuilder message = new StringBuilder(what).append(':');
      appendDiagnostic(message, diagnostic, "\n  ");
      throw new IllegalStateException(message.toString(), diagnostic.getException());
    }
    if (diagnostic.getSeverity() == Diagnostic.WARNING)
    {
      StringBuilder message = new StringBuilder("warning:");
      appendDiagnostic(message, diagnostic, "\n  ");
      System.err.println(message);
    }
  }

  private static void appendDiagnostic(StringBuilder out, Diagnostic diagnostic, String indent)
  {
    if (diagnostic.getMessage() != null && diagnostic.getSeverity() != Diagnostic.OK)
    {
      out.append(indent).append(diagnostic.getMessage());
    }
    for (Diagnostic child : diagnostic.getChildren())
    {
      appendDiagnostic(out, child, indent + "  ");
    }
  }

  /** Writes the reconciled genmodel back only when its content changed, so an unchanged model leaves no diff. */
  private static void saveIfChanged(Resource genModelResource) throws IOException
  {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // PlatformSchemeAware keeps platform:/plugin references absolute instead of ../../../plugin/...
    genModelResource.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 80,
      XMLResource.OPTION_URI_HANDLER, new org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl.PlatformSchemeAware()));
    Path file = Path.of(genModelResource.getResourceSet().getURIConverter().normalize(genModelResource.getURI()).toFileString());
    byte[] updated = bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
    if (!java.util.Arrays.equals(updated, Files.readAllBytes(file)))
    {
      Files.write(file, updated);
      System.out.println("Updated " + file.getFileName() + " to match the .ecore files");
    }
  }

  private void removeStaleFiles(Path srcGen) throws IOException
  {
    if (!Files.isDirectory(srcGen))
    {
      return;
    }
    List<Path> stale = new ArrayList<>();
    try (Stream<Path> files = Files.walk(srcGen))
    {
      files.filter(f -> f.toString().endsWith(".java") && !visited.contains(f.toAbsolutePath().normalize())).forEach(stale::add);
    }
    for (Path file : stale)
    {
      if (Files.readString(file).contains("@generated NOT"))
      {
        System.err.println("warning: " + root.relativize(file) + " is no longer generated but holds @generated NOT code; move that code, then delete the file");
      }
      else
      {
        Files.delete(file);
        System.out.println("Removed " + root.relativize(file) + " (no longer in the model)");
      }
    }
    deleteEmptyFolders(srcGen);
  }

  private static void deleteEmptyFolders(Path top) throws IOException
  {
    try (Stream<Path> folders = Files.walk(top))
    {
      folders.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).filter(f -> !f.equals(top)).forEach(f ->
        {
          try (Stream<Path> children = Files.list(f))
          {
            if (children.findAny().isEmpty())
            {
              Files.delete(f);
            }
          }
          catch (IOException e)
          {
            throw new UncheckedIOException(e);
          }
        });
    }
  }

  private static void deleteTree(Path top) throws IOException
  {
    if (Files.exists(top))
    {
      try (Stream<Path> files = Files.walk(top))
      {
        for (Path f : (Iterable<Path>)files.sorted(Comparator.reverseOrder())::iterator)
        {
          Files.delete(f);
        }
      }
    }
  }
}
