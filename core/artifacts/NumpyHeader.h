// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <string_view>

namespace keyscout {

class ByteStream;

// The header of a numpy .npy array (numpy/lib/format.py): "\x93NUMPY", version, header length (2 bytes in
// version 1, 4 in 2 and 3), then a Python dict literal {'descr': …, 'fortran_order': …, 'shape': …}. An
// object dtype ('O' anywhere in descr) means a pickle of the array follows the header: np.load runs it
// when allow_pickle=True.
struct NumpyHeader {
    bool valid = false;
    QString descr;
    bool objectDtype = false;
    qint64 dataOffset = 0; // from the start of the array
    QString problem;
};

// Reads the header from the start of `stream`; the stream is then at the data.
NumpyHeader readNumpyHeader(ByteStream& stream);

bool looksLikeNumpy(std::string_view head);

} // namespace keyscout
