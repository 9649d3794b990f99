package com.gozon.http.input;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.CustomNumberEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.util.regex.Pattern;

/**
 * Whole numbers in request parameters and paths are decimal digits with an optional minus sign, nothing else. Spring's
 * own number editor also reads {@code 0x10} and {@code #10} as 16 and ignores blanks, and it is the fallback whenever a
 * converter refuses a value, so only an editor of our own can refuse them.
 */
@ControllerAdvice
class DecimalNumberBinding {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+");

    @InitBinder
    void decimalWholeNumbersOnly(WebDataBinder binder) {
        binder.registerCustomEditor(int.class, new DecimalEditor(Integer.class, false));
        binder.registerCustomEditor(Integer.class, new DecimalEditor(Integer.class, true));
        binder.registerCustomEditor(long.class, new DecimalEditor(Long.class, false));
        binder.registerCustomEditor(Long.class, new DecimalEditor(Long.class, true));
    }

    private static final class DecimalEditor extends CustomNumberEditor {

        private final boolean allowEmpty;

        DecimalEditor(Class<? extends Number> type, boolean allowEmpty) {
            super(type, allowEmpty);
            this.allowEmpty = allowEmpty;
        }

        @Override
        public void setAsText(@Nullable String text) {
            if (text != null && !DECIMAL.matcher(text).matches() && !(allowEmpty && text.isBlank())) {
                throw new IllegalArgumentException("Not a whole number in decimal digits");
            }
            super.setAsText(text);
        }
    }
}
