/** RFC 9457 problems for every error, from a controller, from Spring MVC, and from Tomcat itself. */
@NullMarked
package com.gozon.infrastructure.web;

import org.jspecify.annotations.NullMarked;
