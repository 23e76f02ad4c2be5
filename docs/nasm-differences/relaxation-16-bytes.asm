bits 64
default rel
xor eax, eax
L0:
L4:
push rbx
dq L4
shl eax, 3
db 1, 2, 3
xor eax, eax
lea rsi, [L6]
add eax, L6 - L4
jl L10
add eax, L6 - L4
db 1, 2, 3
add rax, rbx
db 1, 2, 3
L5:
db 1, 2, 3
dq L5
push rbx
db 1, 2, 3
L6:
db 1, 2, 3
call L9
jz L4
L7:
push rbx
jl L10
jmp L10
jnz L10
dq L7
L8:
xor eax, eax
jz L11
db 1, 2, 3
L9:
db 1, 2, 3
xor eax, eax
db 1, 2, 3
align 4
add rax, rbx
mov eax, [rbx + L12 - L9]
lea rsi, [L11]
db 1, 2, 3
db 1, 2, 3
push rbx
mov eax, [rbx + L12 - L9]
shl eax, 3
db 1, 2, 3
align 8
add eax, L8 - L9
L10:
add eax, L12 - L10
L11:
shl eax, 3
add rax, rbx
jnz L17
db 1, 2, 3
L12:
add eax, L14 - L12
push rbx
add rax, rbx
jz L15
add eax, L14 - L12
jmp L10
db 1, 2, 3
db 1, 2, 3
L13:
push rbx
call L16
add eax, L12 - L13
mov ecx, 5
db 1, 2, 3
dq L13
db 1, 2, 3
xor eax, eax
db 1, 2, 3
align 16
shl eax, 3
push rbx
add eax, L12 - L13
shl eax, 3
push rbx
db 1, 2, 3
L14:
jmp L17
xor eax, eax
jmp L16
xor eax, eax
db 1, 2, 3
L15:
shl eax, 3
mov rdx, [rsp+8]
jz L18
push rbx
X159 equ L17 - $
add ecx, X159
db 1, 2, 3
push rbx
L16:
jmp L16
add eax, L18 - L16
dq L16
db 1, 2, 3
push rbx
dq L16
mov ecx, 5
L17:
L18:
jz L18
db 1, 2, 3
jmp L20
call L20
jnz L20
mov ecx, 5
L19:
db 1, 2, 3
L20:
db 1, 2, 3
L21:
db 1, 2, 3
L22:
shl eax, 3
db 1, 2, 3
dq L22
mov ecx, 5
db 1, 2, 3
add rax, rbx
db 1, 2, 3
L23:
jz L21
jz L21
db 1, 2, 3
call L23
db 1, 2, 3
add rax, rbx
db 1, 2, 3
L24:
db 1, 2, 3
add eax, L26 - L24
db 1, 2, 3
xor eax, eax
L25:
add eax, L29 - L25
jz L23
shl eax, 3
db 1, 2, 3
X235 equ L27 - $
add ecx, X235
lea rsi, [L27]
xor eax, eax
jnz L27
jmp L25
db 1, 2, 3
db 1, 2, 3
L26:
shl eax, 3
add eax, L28 - L26
push rbx
jmp L28
call L26
align 16
add rax, rbx
db 1, 2, 3
db 1, 2, 3
call L29
add eax, L30 - L26
L27:
jnz L48
db 1, 2, 3
db 1, 2, 3
dq L27
mov rdx, [rsp+8]
L28:
jz L34
X264 equ L30 - $
add ecx, X264
db 1, 2, 3
shl eax, 3
mov rdx, [rsp+8]
db 1, 2, 3
shl eax, 3
add eax, L30 - L28
dq L28
db 1, 2, 3
db 1, 2, 3
xor eax, eax
jz L34
mov rdx, [rsp+8]
xor eax, eax
jmp L28
db 1, 2, 3
db 1, 2, 3
call L26
jl L28
L29:
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
add eax, L28 - L29
mov eax, [rbx + L32 - L29]
xor eax, eax
db 1, 2, 3
shl eax, 3
X297 equ L31 - $
add ecx, X297
mov ecx, 5
db 1, 2, 3
add eax, L33 - L29
jz L50
add rax, rbx
add eax, L31 - L29
db 1, 2, 3
call L27
db 1, 2, 3
call L29
db 1, 2, 3
L30:
db 1, 2, 3
add rax, rbx
db 1, 2, 3
db 1, 2, 3
add eax, L29 - L30
jl L30
xor eax, eax
xor eax, eax
mov rdx, [rsp+8]
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
L31:
align 8
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
mov ecx, 5
push rbx
db 1, 2, 3
xor eax, eax
xor eax, eax
jmp L29
push rbx
L32:
L33:
db 1, 2, 3
xor eax, eax
db 1, 2, 3
L34:
push rbx
shl eax, 3
db 1, 2, 3
jz L55
dq L34
mov rdx, [rsp+8]
L35:
L37:
shl eax, 3
mov ecx, 5
L38:
db 1, 2, 3
L39:
db 1, 2, 3
add eax, L43 - L39
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
X410 equ L42 - $
add ecx, X410
L41:
add rax, rbx
L42:
mov eax, [rbx + L45 - L42]
L43:
db 1, 2, 3
db 1, 2, 3
jmp L43
mov ecx, 5
db 1, 2, 3
mov ecx, 5
align 4
db 1, 2, 3
add eax, L42 - L43
L44:
mov eax, [rbx + L47 - L44]
jz L47
db 1, 2, 3
add eax, L48 - L44
push rbx
call L65
jmp L50
push rbx
shl eax, 3
db 1, 2, 3
db 1, 2, 3
mov ecx, 5
L45:
xor eax, eax
jmp L45
lea rsi, [L47]
db 1, 2, 3
db 1, 2, 3
L47:
db 1, 2, 3
L48:
jl L51
L49:
dq L49
L50:
L51:
push rbx
L52:
L53:
shl eax, 3
jnz L56
db 1, 2, 3
dq L53
db 1, 2, 3
db 1, 2, 3
add rax, rbx
xor eax, eax
L55:
call L53
push rbx
L56:
shl eax, 3
db 1, 2, 3
lea rsi, [L58]
L57:
L58:
db 1, 2, 3
mov rdx, [rsp+8]
align 4
jz L79
L59:
dq L59
mov ecx, 5
align 4
dq L59
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
L60:
X583 equ L62 - $
add ecx, X583
db 1, 2, 3
add rax, rbx
align 16
db 1, 2, 3
shl eax, 3
db 1, 2, 3
db 1, 2, 3
mov rdx, [rsp+8]
align 8
xor eax, eax
add rax, rbx
shl eax, 3
add rax, rbx
add eax, L59 - L60
mov rdx, [rsp+8]
L61:
db 1, 2, 3
add rax, rbx
jmp L59
L62:
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
L65:
L66:
db 1, 2, 3
mov eax, [rbx + L69 - L66]
shl eax, 3
shl eax, 3
call L88
db 1, 2, 3
L68:
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
mov ecx, 5
mov rdx, [rsp+8]
db 1, 2, 3
L69:
add eax, L68 - L69
dq L69
db 1, 2, 3
L70:
align 4
call L91
mov ecx, 5
jmp L72
lea rsi, [L72]
db 1, 2, 3
db 1, 2, 3
L71:
mov ecx, 5
db 1, 2, 3
db 1, 2, 3
jl L74
add eax, L70 - L71
db 1, 2, 3
jz L92
X706 equ L73 - $
add ecx, X706
push rbx
db 1, 2, 3
L72:
align 4
db 1, 2, 3
mov rdx, [rsp+8]
db 1, 2, 3
add rax, rbx
jmp L75
shl eax, 3
db 1, 2, 3
align 4
L73:
jz L75
db 1, 2, 3
mov ecx, 5
jz L79
L74:
jnz L80
db 1, 2, 3
L75:
jnz L73
db 1, 2, 3
L76:
db 1, 2, 3
jnz L82
push rbx
db 1, 2, 3
L78:
jnz L99
db 1, 2, 3
call L78
jmp L80
db 1, 2, 3
shl eax, 3
db 1, 2, 3
db 1, 2, 3
mov ecx, 5
mov rdx, [rsp+8]
L79:
db 1, 2, 3
L80:
call L80
db 1, 2, 3
X794 equ L82 - $
add ecx, X794
xor eax, eax
add rax, rbx
push rbx
add rax, rbx
xor eax, eax
shl eax, 3
db 1, 2, 3
db 1, 2, 3
jmp L101
jnz L82
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
L81:
db 1, 2, 3
align 16
L82:
mov rdx, [rsp+8]
shl eax, 3
jmp L85
xor eax, eax
dq L82
xor eax, eax
add eax, L84 - L82
jz L80
jz L103
X826 equ L84 - $
add ecx, X826
db 1, 2, 3
db 1, 2, 3
push rbx
push rbx
db 1, 2, 3
jz L80
shl eax, 3
L83:
jl L85
db 1, 2, 3
jmp L86
L84:
db 1, 2, 3
L85:
mov ecx, 5
add eax, L84 - L85
db 1, 2, 3
db 1, 2, 3
add rax, rbx
L86:
db 1, 2, 3
align 16
db 1, 2, 3
jl L89
db 1, 2, 3
L88:
mov ecx, 5
db 1, 2, 3
mov rdx, [rsp+8]
db 1, 2, 3
add eax, L90 - L88
jz L88
db 1, 2, 3
add eax, L90 - L88
db 1, 2, 3
db 1, 2, 3
jz L90
db 1, 2, 3
jl L91
L89:
L90:
add rax, rbx
add eax, L94 - L90
db 1, 2, 3
L91:
xor eax, eax
xor eax, eax
mov ecx, 5
db 1, 2, 3
push rbx
db 1, 2, 3
jz L112
L92:
mov ecx, 5
mov ecx, 5
db 1, 2, 3
mov ecx, 5
L93:
db 1, 2, 3
L94:
jz L115
L95:
mov eax, [rbx + L98 - L95]
mov rdx, [rsp+8]
db 1, 2, 3
db 1, 2, 3
L97:
shl eax, 3
jz L103
jz L99
jnz L95
call L97
db 1, 2, 3
align 4
db 1, 2, 3
jl L103
shl eax, 3
L98:
mov eax, [rbx + L101 - L98]
L99:
db 1, 2, 3
L101:
db 1, 2, 3
db 1, 2, 3
mov ecx, 5
mov rdx, [rsp+8]
L103:
dq L103
db 1, 2, 3
align 16
jz L103
db 1, 2, 3
dq L103
jnz L124
call L124
add rax, rbx
jz L106
X1022 equ L105 - $
add ecx, X1022
db 1, 2, 3
add rax, rbx
shl eax, 3
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
L104:
db 1, 2, 3
shl eax, 3
L105:
L106:
db 1, 2, 3
call L106
db 1, 2, 3
align 8
call L109
dq L106
call L108
L107:
xor eax, eax
jz L110
dq L107
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
jmp L107
L108:
mov ecx, 5
L109:
db 1, 2, 3
mov rdx, [rsp+8]
db 1, 2, 3
mov eax, [rbx + L112 - L109]
L110:
shl eax, 3
mov ecx, 5
L111:
add rax, rbx
add rax, rbx
add eax, L113 - L111
db 1, 2, 3
lea rsi, [L113]
L112:
add eax, L111 - L112
db 1, 2, 3
db 1, 2, 3
add rax, rbx
jz L110
jz L112
push rbx
push rbx
align 16
dq L112
jnz L118
db 1, 2, 3
jl L110
db 1, 2, 3
xor eax, eax
align 8
L113:
L114:
L115:
align 4
L118:
db 1, 2, 3
shl eax, 3
L119:
L120:
shl eax, 3
xor eax, eax
db 1, 2, 3
add rax, rbx
jl L119
mov rdx, [rsp+8]
push rbx
L122:
db 1, 2, 3
call L128
L123:
jz L144
align 8
db 1, 2, 3
db 1, 2, 3
jz L144
align 8
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
jmp L144
L124:
mov rdx, [rsp+8]
L125:
push rbx
shl eax, 3
db 1, 2, 3
db 1, 2, 3
add eax, L127 - L125
push rbx
db 1, 2, 3
add rax, rbx
mov rdx, [rsp+8]
L127:
add eax, L131 - L127
db 1, 2, 3
L128:
call L149
shl eax, 3
L129:
db 1, 2, 3
push rbx
db 1, 2, 3
add eax, L131 - L129
L130:
jl L132
call L136
shl eax, 3
db 1, 2, 3
db 1, 2, 3
jmp L132
call L133
L131:
L132:
db 1, 2, 3
call L130
mov rdx, [rsp+8]
db 1, 2, 3
db 1, 2, 3
L133:
db 1, 2, 3
L134:
align 8
mov ecx, 5
mov eax, [rbx + L137 - L134]
L135:
xor eax, eax
db 1, 2, 3
lea rsi, [L137]
db 1, 2, 3
push rbx
mov eax, [rbx + L138 - L135]
db 1, 2, 3
jz L138
call L133
mov rdx, [rsp+8]
align 16
L136:
db 1, 2, 3
push rbx
jl L157
mov ecx, 5
db 1, 2, 3
L137:
db 1, 2, 3
L138:
L139:
db 1, 2, 3
xor eax, eax
db 1, 2, 3
db 1, 2, 3
add eax, L141 - L139
add eax, L138 - L139
mov ecx, 5
call L141
db 1, 2, 3
jz L137
jmp L160
L140:
L141:
xor eax, eax
db 1, 2, 3
jz L139
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
L142:
db 1, 2, 3
db 1, 2, 3
mov rdx, [rsp+8]
add eax, L146 - L142
db 1, 2, 3
mov ecx, 5
L144:
L145:
xor eax, eax
mov rdx, [rsp+8]
mov rdx, [rsp+8]
xor eax, eax
db 1, 2, 3
add eax, L144 - L145
mov rdx, [rsp+8]
L146:
X1404 equ L149 - $
add ecx, X1404
L148:
mov rdx, [rsp+8]
jmp L154
mov eax, [rbx + L151 - L148]
L149:
db 1, 2, 3
push rbx
L150:
db 1, 2, 3
jnz L152
db 1, 2, 3
mov ecx, 5
L151:
add eax, L150 - L151
db 1, 2, 3
call L153
L152:
db 1, 2, 3
call L158
db 1, 2, 3
call L154
jmp L154
L153:
db 1, 2, 3
db 1, 2, 3
mov eax, [rbx + L156 - L153]
mov rdx, [rsp+8]
jmp L159
mov rdx, [rsp+8]
db 1, 2, 3
db 1, 2, 3
L154:
jmp L154
mov eax, [rbx + L157 - L154]
L155:
lea rsi, [L157]
jnz L158
db 1, 2, 3
mov rdx, [rsp+8]
db 1, 2, 3
db 1, 2, 3
L156:
db 1, 2, 3
mov ecx, 5
L157:
db 1, 2, 3
align 16
db 1, 2, 3
L158:
L159:
mov ecx, 5
L160:
L161:
L162:
L163:
jnz L163
L164:
L173:
db 1, 2, 3
L174:
shl eax, 3
mov ecx, 5
mov rdx, [rsp+8]
db 1, 2, 3
db 1, 2, 3
lea rsi, [L178]
L177:
jz L179
db 1, 2, 3
db 1, 2, 3
add eax, L181 - L177
L178:
L179:
add rax, rbx
L181:
L183:
jmp L186
shl eax, 3
L184:
add eax, L183 - L184
mov rdx, [rsp+8]
jmp L186
add rax, rbx
align 4
L185:
add eax, L184 - L185
db 1, 2, 3
shl eax, 3
jmp L183
L186:
jz L186
jnz L188
db 1, 2, 3
db 1, 2, 3
add rax, rbx
L187:
L188:
jl L188
db 1, 2, 3
jmp L191
db 1, 2, 3
jmp L188
jl L209
align 8
call L192
db 1, 2, 3
L190:
db 1, 2, 3
add eax, L194 - L190
db 1, 2, 3
L191:
L192:
db 1, 2, 3
call L195
L193:
db 1, 2, 3
L194:
add eax, L196 - L194
L195:
L196:
db 1, 2, 3
L197:
L199:
mov ecx, 5
L205:
L206:
mov ecx, 5
mov eax, [rbx + L209 - L206]
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
L208:
call L214
add eax, L210 - L208
mov rdx, [rsp+8]
L209:
db 1, 2, 3
xor eax, eax
db 1, 2, 3
L210:
mov ecx, 5
mov rdx, [rsp+8]
xor eax, eax
db 1, 2, 3
db 1, 2, 3
shl eax, 3
db 1, 2, 3
jz L214
push rbx
L213:
shl eax, 3
L214:
push rbx
push rbx
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
xor eax, eax
xor eax, eax
shl eax, 3
db 1, 2, 3
L218:
jz L218
align 4
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
jz L221
db 1, 2, 3
db 1, 2, 3
mov rdx, [rsp+8]
jl L222
db 1, 2, 3
L220:
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
mov ecx, 5
db 1, 2, 3
push rbx
mov eax, [rbx + L223 - L220]
jmp L241
xor eax, eax
mov eax, [rbx + L223 - L220]
db 1, 2, 3
align 4
db 1, 2, 3
jnz L220
db 1, 2, 3
db 1, 2, 3
push rbx
align 4
jz L220
db 1, 2, 3
add rax, rbx
mov rdx, [rsp+8]
db 1, 2, 3
db 1, 2, 3
jnz L222
call L222
db 1, 2, 3
mov rdx, [rsp+8]
shl eax, 3
db 1, 2, 3
jl L220
L221:
db 1, 2, 3
add eax, L225 - L221
db 1, 2, 3
L222:
align 16
mov rdx, [rsp+8]
add eax, L226 - L222
db 1, 2, 3
db 1, 2, 3
add rax, rbx
L223:
jz L227
L225:
dq L225
xor eax, eax
align 4
db 1, 2, 3
mov ecx, 5
add eax, L227 - L225
jl L225
L226:
mov eax, [rbx + L229 - L226]
db 1, 2, 3
xor eax, eax
L227:
add eax, L229 - L227
call L249
L229:
db 1, 2, 3
jnz L232
xor eax, eax
mov rdx, [rsp+8]
db 1, 2, 3
db 1, 2, 3
mov ecx, 5
L230:
push rbx
L231:
jmp L237
L232:
jl L232
L234:
call L234
jmp L255
db 1, 2, 3
jz L255
mov ecx, 5
L237:
mov rdx, [rsp+8]
db 1, 2, 3
jz L240
shl eax, 3
db 1, 2, 3
db 1, 2, 3
L239:
mov rdx, [rsp+8]
L240:
db 1, 2, 3
add eax, L242 - L240
L241:
mov ecx, 5
db 1, 2, 3
db 1, 2, 3
mov ecx, 5
L242:
db 1, 2, 3
mov rdx, [rsp+8]
L246:
dq L246
shl eax, 3
align 4
db 1, 2, 3
db 1, 2, 3
L248:
jl L248
db 1, 2, 3
db 1, 2, 3
db 1, 2, 3
push rbx
add eax, L250 - L248
L249:
db 1, 2, 3
L250:
jz L256
add eax, L252 - L250
mov eax, [rbx + L253 - L250]
mov ecx, 5
db 1, 2, 3
L251:
lea rsi, [L253]
call L257
call L253
db 1, 2, 3
L252:
L253:
L254:
L255:
L256:
L257:
L258:
L259: