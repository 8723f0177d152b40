# all.tcl — run every *.test file (or those named) in its own tclsh and
# total the "N passed, N failed" lines.  SYDA_VALGRIND=1 runs each under
# valgrind; a memory error or a leak from syda counts as a failure.
set dir [file dirname [info script]]
if {[llength $argv]} {
  set files {}
  foreach a $argv { lappend files [file join $dir [file tail [file rootname $a]].test] }
} else {
  set files [lsort [glob -directory $dir *.test]]
}
set tclsh [info nameofexecutable]
set pass 0
set fail 0
set broken {}
foreach f $files {
  set cmd [list $tclsh $f]
  if {[info exists ::env(SYDA_VALGRIND)] && $::env(SYDA_VALGRIND) ne "" && $::env(SYDA_VALGRIND) ne "0"} {
    set cmd [list valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=definite \
      --errors-for-leak-kinds=definite $tclsh $f]
  }
  set rc [catch {exec {*}$cmd 2>@1} out opts]
  puts $out
  set found 0
  foreach line [split $out \n] {
    if {[regexp {: (\d+) passed, (\d+) failed$} $line -> p q]} {
      incr pass $p
      incr fail $q
      set found 1
    }
  }
  if {!$found || ($rc && ![regexp {[1-9]\d* failed} $out])} {
    incr fail
    lappend broken [file tail $f]
    puts "! [file tail $f] did not finish cleanly"
  }
}
puts "tcl-tests: $pass passed, $fail failed"
exit [expr {$fail > 0}]
