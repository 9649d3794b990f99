/**
 * RFC 9457 problems for every error, from a controller, from Spring MVC, from a servlet filter and from Tomcat itself:
 * written in one place.
 */
@NullMarked
package com.gozon.http.problems;

import org.jspecify.annotations.NullMarked;
