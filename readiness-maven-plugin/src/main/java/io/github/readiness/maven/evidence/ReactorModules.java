package io.github.readiness.maven.evidence;

import io.github.readiness.rules.reactor.ModuleResult;
import io.github.readiness.rules.reactor.ModuleStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;

/**
 * The reactor as the check sees it: every module of the reactor ({@code session.getAllProjects()}), the ones this
 * build builds ({@code session.getProjects()}: fewer with {@code -pl} or {@code -rf}), which of those run the check,
 * and the reactor root (the execution root) where the reactor result goes. Like maven-deploy-plugin's deployAtEnd,
 * a module "runs the check" when its build declares an execution of the goal outside phase {@code none}; when the
 * goal was given on the command line, every module of the build runs it.
 */
public final class ReactorModules {
    private final MavenSession session;
    private final List<MavenProject> all;
    private final MavenProject root;

    public ReactorModules(MavenSession session) {
        this.session = session;
        // the built modules in reactor order (session.getProjects() is sorted; getAllProjects() is in the order the
        // modules were found), then the modules this build leaves out (-pl, -rf) in the order they were found
        List<MavenProject> built = session.getProjects();
        List<MavenProject> ordered = new ArrayList<>(built);
        List<MavenProject> allProjects = session.getAllProjects();
        if (allProjects != null) {
            allProjects.stream().filter(p -> !built.contains(p)).forEach(ordered::add);
        }
        this.all = List.copyOf(ordered);
        this.root = root(session);
    }

    /**
     * The reactor root: the execution root (the project Maven was started on), which {@code -pl} and {@code -rf}
     * leave out of {@code session.getProjects()}, where {@code session.getTopLevelProject()} becomes the first
     * selected module; the top-level project when the session knows no execution root.
     */
    public static MavenProject root(MavenSession session) {
        List<MavenProject> allProjects = session.getAllProjects();
        if (allProjects != null) {
            for (MavenProject project : allProjects) {
                if (project.isExecutionRoot()) {
                    return project;
                }
            }
        }
        return session.getTopLevelProject();
    }

    /** More than one module in the reactor (even if {@code -pl} builds only one of them). */
    public boolean isMultiModule() {
        return all.size() > 1;
    }

    public MavenProject root() {
        return root;
    }

    public static String id(MavenProject project) {
        return project.getGroupId() + ":" + project.getArtifactId();
    }

    /** The modules of this build that run the check, by {@link #id}. */
    public List<String> expected(PluginDescriptor plugin, MojoExecution execution, String goal) {
        boolean fromCommandLine = execution != null && execution.getSource() == MojoExecution.Source.CLI;
        return session.getProjects().stream()
                .filter(p -> fromCommandLine || bindsGoal(p.getPlugin(plugin.getPluginLookupKey()), goal))
                .map(ReactorModules::id)
                .toList();
    }

    private static boolean bindsGoal(Plugin plugin, String goal) {
        if (plugin == null) {
            return false;
        }
        for (PluginExecution execution : plugin.getExecutions()) {
            if (execution.getGoals().contains(goal) && !"none".equalsIgnoreCase(execution.getPhase())) {
                return true;
            }
        }
        return false;
    }

    /** The module's directory relative to the reactor root, {@code .} for the root itself. */
    public String path(MavenProject project) {
        Path base = root.getBasedir().toPath().toAbsolutePath().normalize();
        Path module = project.getBasedir().toPath().toAbsolutePath().normalize();
        String relative = module.startsWith(base) ? base.relativize(module).toString() : module.toString();
        return relative.isEmpty() ? "." : relative.replace('\\', '/');
    }

    /** Every reactor module in reactor order: its result, else not checked (built) or not built. */
    public List<ModuleResult> results(Map<String, ModuleResult> known) {
        List<MavenProject> built = session.getProjects();
        List<ModuleResult> results = new ArrayList<>();
        for (MavenProject project : all) {
            ModuleResult result = known.get(id(project));
            results.add(
                    result != null
                            ? result
                            : ModuleResult.unchecked(
                                    ProjectEvidenceCollector.projectInfo(project),
                                    path(project),
                                    built.contains(project) ? ModuleStatus.NOT_CHECKED : ModuleStatus.NOT_BUILT));
        }
        return results;
    }

    /** The reactor modules, in reactor order (for looking up report-aggregate XMLs). */
    public List<MavenProject> all() {
        return all;
    }
}
