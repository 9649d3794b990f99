package com.gozon.operations.metrics;

import org.springframework.modulith.NamedInterface;

import java.util.List;
import java.util.Optional;

/**
 * The modules this process runs (all of them, or one in a split deployment), registered by the composition root.
 *
 * @param basePackage the application's base package, of which each module is a direct sub-package
 * @param names       the modules' names, which are their packages' last segments
 */
@NamedInterface("metrics")
public record RunningModules(String basePackage, List<String> names) {

    public RunningModules {
        names = List.copyOf(names);
    }

    /** The running module that a class of this name belongs to, if any. */
    public Optional<String> moduleOf(String className) {
        return names.stream().filter(name -> className.startsWith(basePackage + "." + name + ".")).findFirst();
    }
}
