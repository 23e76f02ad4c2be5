package io.github.tinybin.asm.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The table compiles a mnemonic's forms on first use; every line must still compile. */
class InstructionTableTest {
    @Test
    void everyMnemonicCompiles() {
        int forms = 0;
        for (String mnemonic : InstructionTable.mnemonics()) {
            InstructionForm[] f = InstructionTable.forms(mnemonic);
            assertNotNull(f, mnemonic);
            assertTrue(f.length > 0, mnemonic);
            for (InstructionForm form : f) {
                assertEquals(mnemonic, form.mnemonic, "form filed under another mnemonic");
            }
            forms += f.length;
        }
        // the cc lines expand to 30 condition spellings each, so there are more forms than lines
        assertTrue(forms > 1000, "forms: " + forms);
    }

    @Test
    void conditionSpellingsShareTheConditionNumber() {
        InstructionForm[] je = InstructionTable.forms("je");
        InstructionForm[] jz = InstructionTable.forms("jz");
        assertEquals(je.length, jz.length);
        for (int i = 0; i < je.length; i++) {
            assertEquals(je[i].opcode[je[i].opcode.length - 1], jz[i].opcode[jz[i].opcode.length - 1]);
        }
        boolean shortForm = false;
        boolean nearForm = false;
        for (InstructionForm form : je) {
            shortForm |= java.util.Arrays.equals(form.opcode, new byte[] {0x74});
            nearForm |= java.util.Arrays.equals(form.opcode, new byte[] {0x0f, (byte) 0x84});
        }
        assertTrue(shortForm && nearForm, "je: 74 cb and 0f 84 cd");
    }

    @Test
    void unknownMnemonicsHaveNoForms() {
        assertNull(InstructionTable.forms("mov2"));
        assertNull(InstructionTable.candidates("mov2", 0));
        assertTrue(!InstructionTable.isMnemonic("mov2"));
        assertTrue(InstructionTable.isMnemonic("mov"));
    }
}
