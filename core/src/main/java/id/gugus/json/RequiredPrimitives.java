package id.gugus.json;

import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Makes a record's primitive components ({@code version}, {@code consentGiven}) required. A
 * missing primitive would otherwise be read as 0 or false: a document without
 * {@code consentGiven} would silently record a refused consent.
 */
final class RequiredPrimitives extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public Boolean hasRequiredMarker(AnnotatedMember member) {
        if (member instanceof AnnotatedParameter parameter
                && parameter.getRawType().isPrimitive()
                && parameter.getOwner().getDeclaringClass().isRecord()) {
            return Boolean.TRUE;
        }
        return null;
    }
}
