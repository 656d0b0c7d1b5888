package org.entitysignals.support;

import java.io.IOException;
import java.io.Writer;
import org.eclipse.persistence.exceptions.ValidationException;
import org.eclipse.persistence.platform.database.PostgreSQL10Platform;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;

/**
 * EclipseLink's PostgreSQL platform, able to create the IDENTITY columns of the test model. EclipseLink 4.0.9 and
 * 5.0.0 write {@code ID BIGINT SERIAL}, which PostgreSQL rejects: {@code FieldDefinition} now calls the
 * {@code printFieldTypeSize} that takes a {@code DatabaseType} ({@code DDLPlatform}'s default method), while
 * {@code PostgreSQLPlatform} still overrides, to leave the type out of identity columns, the one that takes a
 * {@code FieldTypeDefinition} (eclipse-ee4j/eclipselink#2616, fixed after those releases). Only the schema the tests
 * generate is concerned: at run time this is PostgreSQL10Platform.
 */
public class PostgreSQLSchemaPlatform extends PostgreSQL10Platform {

    private static final long serialVersionUID = 1L;

    @Override
    public void printFieldTypeSize(Writer writer, FieldDefinition field, FieldDefinition.DatabaseType type,
            boolean identity) throws IOException {
        if (!identity) {
            super.printFieldTypeSize(writer, field, type, identity);
        }
    }

    /** The test model's ids are all {@code Long}: a 64-bit identity column. */
    @Override
    public void printFieldIdentityClause(Writer writer) throws ValidationException {
        try {
            writer.write(" BIGSERIAL");
        } catch (IOException e) {
            throw ValidationException.fileError(e);
        }
    }
}
