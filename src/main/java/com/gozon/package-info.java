/** The composition root: the application class and what decides which modules a process runs. */
@NullMarked
package com.gozon;

import org.jspecify.annotations.NullMarked;
