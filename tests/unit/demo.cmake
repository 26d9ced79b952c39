# The demo neighbourhood: what it generates, and that none of it reaches the disk in clear.
doorstep_add_test(NAME tst_demoencryption LABEL unit SOURCES tst_demoencryption.cpp)
doorstep_add_test(NAME tst_demoneighbourhood LABEL unit SOURCES tst_demoneighbourhood.cpp)
