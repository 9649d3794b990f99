/** The input rules: how numbers and text are read from a request, and the money examples of the API documents. */
@NullMarked
package com.gozon.http.input;

import org.jspecify.annotations.NullMarked;
