package uk.reviewhub.ui

import com.tngtech.archunit.core.domain.JavaClass

/**
 * The string constants of a compiled class (its constant pool's CONSTANT_String entries), for rules
 * about literals: javac inlines {@code static final String} constants, so a class that uses one of
 * the contract's paths has the text in its own class file and no reference to where it came from.
 */
final class ClassFileStrings {

    private ClassFileStrings() {
    }

    static List<String> of(JavaClass type) {
        URI uri = type.source.orElseThrow { new IllegalStateException("No class file for ${type.name}") }.uri
        byte[] bytes = uri.toURL().openStream().withCloseable { it.readAllBytes() }
        read(new DataInputStream(new ByteArrayInputStream(bytes)))
    }

    private static List<String> read(DataInputStream input) {
        input.skipBytes(8) // magic, minor and major version
        int count = input.readUnsignedShort()
        Map<Integer, String> utf8 = [:]
        List<Integer> stringRefs = []
        for (int i = 1; i < count; i++) {
            int tag = input.readUnsignedByte()
            switch (tag) {
                case 1: utf8[i] = input.readUTF(); break
                case 8: stringRefs << input.readUnsignedShort(); break
                case 7: case 16: case 19: case 20: input.skipBytes(2); break
                case 15: input.skipBytes(3); break
                case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18: input.skipBytes(4); break
                case 5: case 6: input.skipBytes(8); i++; break
                default: throw new IllegalStateException("Unknown constant pool tag ${tag}")
            }
        }
        stringRefs.collect { utf8[it] }.findAll { it != null }
    }
}
