%define f(x) [x]
%define g(a,b) a+b
%define h(a,b+) a:b
        dd f(3), f (4), f
        dd g(1,2), g((1,2),3), g({1,2},3)
        dd h(1,2,3,4)
%define sq(x) ((x)*(x))
        dd sq(sq(2))
%define twice(x) x x
        twice(f(1))
%define cat(a,b) a %+ b
        cat(foo,bar): nop
%define I(x) x
        I(I(I(7)))
